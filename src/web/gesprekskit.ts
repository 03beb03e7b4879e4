/**
 * The browser's entry point, bundled by scripts/build-web.ts into gesprekskit.js: the same
 * pipeline as the CLI, reading from memory. A page does
 *
 *   import { WebKit } from './gesprekskit.js';
 *   const kit = await WebKit.load();
 *   const pdf = await kit.buildPiece('identiteit', 'worksheet', { school: { name: 'Atheneum Noord' } });
 *   // pdf.bytes is the CLI's worksheet.pdf, byte for byte
 */
export { WebKit, showProblem, shownProblems, SHIPPED_ROOT, SCHOOL_ROOT } from './web-kit.js';
export type { LessonInfo, Manifest, Settings, ShownProblem, Validation } from './web-kit.js';
export type { ClassSetFiles, PdfFile } from '../kit/build-in-memory.js';
export { KitError, formatProblem, describeProblem, type Problem } from '../errors.js';
export { MemoryFiles } from '../input/memory-files.js';
export { readSchoolConfig, writeSchoolConfig, DEFAULT_SCHOOL_SETTINGS, type SchoolSettings, type ReadSchoolConfig } from './school-config.js';
export { zipFiles } from './zip.js';
export { PIECES, type Piece } from '../kit/pieces.js';
export { FONT_CHOICES, type FontChoice } from '../layout/font-choices.js';
export { PAGE_SIZES, LABEL_LANGUAGES } from '../kit/options.js';
export { LANGUAGES, type Lang } from '../messages/define.js';
