import type { ConfigFile } from '../config/schema.js';
import { KitError, problem, type Problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { readImageFile } from '../input/read-image.js';
import { readTextFile } from '../input/read-text.js';
import type { LabelLanguage, PageSize } from '../kit/options.js';
import type { FontChoice } from '../layout/font-choices.js';
import { checkSchema } from '../yaml/check-schema.js';
import { parseYaml, positionOf } from '../yaml/parse.js';

/** What the page's school settings hold: the part of gesprekskit.config.yaml a page can use. */
export interface SchoolSettings {
  name: string;
  contact: string;
  /** The logo's file name (the page keeps its bytes), or absent. */
  logo?: string;
  /** #rrggbb, or absent for the kit's own colour. */
  accent?: string;
  pageSize: PageSize;
  font: FontChoice;
  largePrint: boolean;
  labels: LabelLanguage;
}

export const DEFAULT_SCHOOL_SETTINGS: SchoolSettings = { name: '', contact: '', pageSize: 'A4', font: 'noto-sans', largePrint: false, labels: 'nl' };

/** Keys of the config file that name folders on a computer: a page has none to use. */
const FOLDER_KEYS = ['lessons', 'templates', 'output', 'default_source'] as const;

export interface ReadSchoolConfig {
  settings: SchoolSettings;
  /** The logo named in the file, as found among the files opened with it. */
  logoFile?: string;
  /** Keys in the file the page does not use (folders). */
  ignored: string[];
}

/**
 * Reads a gesprekskit.config.yaml opened in the page, checked as the CLI checks it, with
 * every problem at its line. The logo it names must be among the files opened with it (in
 * the same folder, `dir`); folder keys are reported back as not used.
 */
export function readSchoolConfig(files: InputFiles, file: string): ReadSchoolConfig {
  const text = readTextFile(files, file, 'configFile');
  const problems: Problem[] = [];
  const parsed = parseYaml(text, file, problems);
  if (!parsed) throw new KitError(problems);
  if (parsed.value === null || parsed.value === undefined) return { settings: { ...DEFAULT_SCHOOL_SETTINGS }, ignored: [] };
  problems.push(...checkSchema('config', parsed, 'configFile'));
  if (problems.length > 0) throw new KitError(problems);
  const config = parsed.value as ConfigFile;
  const settings: SchoolSettings = {
    name: (config.school?.name ?? '').trim(),
    contact: (config.school?.contact ?? '').trim(),
    pageSize: (config.page_size?.toUpperCase() as PageSize | undefined) ?? DEFAULT_SCHOOL_SETTINGS.pageSize,
    font: config.font ?? DEFAULT_SCHOOL_SETTINGS.font,
    largePrint: config.large_print ?? DEFAULT_SCHOOL_SETTINGS.largePrint,
    labels: config.labels ?? DEFAULT_SCHOOL_SETTINGS.labels,
    ...(config.accent ? { accent: config.accent.toLowerCase() } : {}),
  };
  const read: ReadSchoolConfig = { settings, ignored: FOLDER_KEYS.filter((k) => config[k] !== undefined) };
  const logo = config.school?.logo;
  if (logo !== undefined) {
    // The page has no folders: the logo is looked for by its name among the files opened.
    const name = files.basename(logo);
    const path = files.join(files.dirname(file), name);
    const at = { file, ...positionOf(parsed, ['school', 'logo']) };
    if (files.kind(path) !== 'file') throw new KitError(problem('webConfigLogoNotOpened', { logo: name }, at));
    try {
      readImageFile(files, path, 'logo', logo);
    } catch (e) {
      if (!(e instanceof KitError)) throw e;
      throw new KitError(e.problems.map((p) => ({ ...p, ...at })));
    }
    settings.logo = name;
    read.logoFile = path;
  }
  return read;
}

/**
 * The settings as a gesprekskit.config.yaml the CLI reads (`gesprekskit build` in the folder
 * where it is saved, with the logo next to it), with a word of explanation per line.
 */
export function writeSchoolConfig(s: SchoolSettings): string {
  // JSON strings are valid YAML double-quoted scalars: any name or contact survives quoting.
  const q = (text: string) => JSON.stringify(text);
  const lines = [
    '# Instellingen van gesprekskit voor je school, bewaard op de webpagina van gesprekskit.',
    '# Zet dit bestand in je schoolmap (met het logo ernaast) en gesprekskit build gebruikt het.',
    'school:',
    `  name: ${q(s.name)}  # bovenaan elke pagina`,
    `  contact: ${q(s.contact)}  # bij de nazorg in de lerarenhandleiding`,
  ];
  if (s.logo) lines.push(`  logo: ${q(s.logo)}  # PNG of JPEG, naast dit bestand`);
  if (s.accent) lines.push(`accent: ${q(s.accent)}  # kleur van de koppen en kaders`);
  lines.push(
    `page_size: ${s.pageSize === 'LETTER' ? 'letter' : 'A4'}  # of ${s.pageSize === 'LETTER' ? 'A4' : 'letter'}`,
    `font: ${s.font}  # noto-sans, atkinson-hyperlegible of dejavu-sans`,
    `large_print: ${s.largePrint}  # grote letters: true of false`,
    `labels: ${s.labels}  # taal van de vaste woorden op de bladen: nl of en`,
  );
  return lines.join('\n') + '\n';
}
