// The library API: what the CLI uses and what other programs (and the tests) can call. It
// reads and writes this machine's files; src/web/ is the same pipeline for a browser.
export { buildKit, type BuildResult, type BuiltFile } from './node/build-kit.js';
export { validateKit, loadConfig, configuredInput, mergeInputs, findConfigFile } from './node/library.js';
export { resolveOptions } from './node/options.js';
export type { KitOptions, KitOptionsInput } from './kit/options.js';
export { PIECES, type Piece } from './kit/pieces.js';
export { KitError, formatProblem, describeProblem, problem, type Problem } from './errors.js';
export { MESSAGES, type MessageKey } from './messages/catalogue.js';
export { LANGUAGES, type Lang, type Words } from './messages/define.js';
export { pickLanguage } from './messages/lang.js';
export { LessonSchema, type Lesson } from './lesson/schema.js';
export type { Source, SourceParagraph } from './source/model.js';
export type { PrintDocument, Block } from './document/model.js';
export { watchKit, type KitWatcher, type WatchOptions, type WatchRound, type WatchSetup } from './node/watch-kit.js';
export type { LoadedConfig } from './config/load-config.js';
export { CONFIG_FILE_NAME } from './config/find-config.js';
export { initSchool, type InitOptions, type InitResult } from './scaffold/init-school.js';
export { newLesson, type NewLessonOptions } from './scaffold/new-lesson.js';
export type { InputFiles, ReadRules, PathKind, ShippedKit } from './input/input-files.js';
export { MemoryFiles } from './input/memory-files.js';
