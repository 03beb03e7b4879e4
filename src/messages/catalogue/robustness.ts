import { message } from '../define.js';
import { noun, type Noun } from '../nouns.js';

/**
 * Messages about inputs that are unusual rather than wrong in content: files that are not
 * files, links that lead elsewhere, templates that never end, options given twice, output
 * that is not ours. Issue 13 ("nothing lost, nothing hangs").
 */

const what = (w: Noun, lang: 'nl' | 'en') => noun(w, lang);

const KIND = {
  fifo: { nl: 'een pipe (FIFO)', en: 'a pipe (FIFO)' },
  device: { nl: 'een apparaat (zoals /dev/zero)', en: 'a device (such as /dev/zero)' },
  socket: { nl: 'een socket', en: 'a socket' },
  other: { nl: 'een speciaal bestand', en: 'a special file' },
} as const;
const kind = (k: string | undefined, lang: 'nl' | 'en') => (KIND[k as keyof typeof KIND] ?? KIND.other)[lang];

/** A file-system error code in words. */
const REASONS: Record<string, { nl: string; en: string }> = {
  EACCES: { nl: 'geen toestemming', en: 'permission denied' },
  EPERM: { nl: 'geen toestemming', en: 'permission denied' },
  EROFS: { nl: 'de schijf is alleen-lezen', en: 'the disk is read-only' },
  ENOSPC: { nl: 'de schijf is vol', en: 'the disk is full' },
  EDQUOT: { nl: 'je schijfruimte is op', en: 'your disk quota is used up' },
};
const reason = (code: string | undefined, lang: 'nl' | 'en') => REASONS[code ?? '']?.[lang] ?? code ?? '?';

/** A list parameter, also when a caller passed one value. */
const list = (v: readonly string[] | string | undefined): string[] => (Array.isArray(v) ? [...(v as string[])] : v === undefined ? [] : [String(v)]);

export const robustnessMessages = {
  // ── files ────────────────────────────────────────────────────────────────────────────────
  fileNotRegular: message<{ what: Noun; kind: string }>('GK_FILE_NOT_REGULAR', (p) => ({
    nl: {
      message: `${what(p.what, 'nl')} is geen gewoon bestand maar ${kind(p.kind, 'nl')}; gesprekskit leest alleen gewone bestanden`,
      hint: 'Wijs een gewoon bestand aan, of kopieer de inhoud naar een bestand in je map.',
    },
    en: {
      message: `${what(p.what, 'en')} is not a regular file but ${kind(p.kind, 'en')}; gesprekskit reads regular files only`,
      hint: 'Point to a regular file, or copy the contents into a file in your folder.',
    },
  })),
  fileOutsideFolder: message<{ what: Noun; real: string; folder: string }>('GK_FILE_OUTSIDE_FOLDER', (p) => ({
    nl: {
      message: `${what(p.what, 'nl')} is een snelkoppeling (symbolische link) naar ${p.real}, buiten de map ${p.folder}; gesprekskit volgt ze niet naar buiten`,
      hint: 'Kopieer het bestand zelf in de map in plaats van ernaar te linken.',
    },
    en: {
      message: `${what(p.what, 'en')} is a symbolic link to ${p.real}, outside the folder ${p.folder}; gesprekskit does not follow links out of it`,
      hint: 'Copy the file itself into the folder instead of linking to it.',
    },
  })),
  fileUtf16: message<{ what: Noun }>('GK_FILE_ENCODING', (p) => ({
    nl: {
      message: `${what(p.what, 'nl')} is opgeslagen als UTF-16 (Unicode), niet als UTF-8`,
      hint: 'Sla het bestand op met de codering "UTF-8" (in Kladblok: Opslaan als… → Codering: UTF-8).',
    },
    en: {
      message: `${what(p.what, 'en')} is saved as UTF-16 (Unicode), not as UTF-8`,
      hint: 'Save the file with the encoding "UTF-8" (in Notepad: Save as… → Encoding: UTF-8).',
    },
  })),
  controlCharacter: message<{ code: string; what: Noun }>('GK_CONTROL_CHARACTER', (p) => ({
    nl: {
      message: `${what(p.what, 'nl')} bevat hier een onzichtbaar stuurteken (${p.code})`,
      hint: 'Verwijder het: het komt meestal mee bij kopiëren en plakken, of uit een escape als "\\e" of "\\u202E" tussen aanhalingstekens.',
    },
    en: {
      message: `${what(p.what, 'en')} contains an invisible control character here (${p.code})`,
      hint: 'Remove it: it usually comes along with copy and paste, or from an escape such as "\\e" or "\\u202E" in quotes.',
    },
  })),

  // ── the command line ─────────────────────────────────────────────────────────────────────
  optionTwice: message<{ option: string }>('GK_USAGE_TWICE', (p) => ({
    nl: { message: `de optie --${p.option} staat meer dan één keer in de opdracht`, hint: `Geef --${p.option} één keer, met de waarde die je bedoelt.` },
    en: { message: `the option --${p.option} is given more than once`, hint: `Give --${p.option} once, with the value you mean.` },
  })),
  argsAfterDashDash: message<{ args: string }>('GK_USAGE_DASHDASH', (p) => ({
    nl: {
      message: `na "--" wordt niets gebruikt${p.args ? ` (hier: ${p.args})` : ''}`,
      hint: 'Laat "--" weg en zet lesnamen en opties gewoon achter de opdracht, bv. "gesprekskit build identiteit".',
    },
    en: {
      message: `nothing after "--" is used${p.args ? ` (here: ${p.args})` : ''}`,
      hint: 'Leave out "--" and put lesson ids and options straight after the command, e.g. "gesprekskit build identiteit".',
    },
  })),
  sourceDateEpoch: message<{ value: string }>('GK_USAGE_SOURCE_DATE_EPOCH', (p) => ({
    nl: {
      message: `SOURCE_DATE_EPOCH="${p.value}" is geen bruikbare datum: het moet een aantal seconden sinds 1970 zijn, van 0 tot 253402300799`,
      hint: 'Zet bv. SOURCE_DATE_EPOCH=$(date +%s), of maak de variabele leeg; dan krijgen de PDF\'s een vaste datum.',
    },
    en: {
      message: `SOURCE_DATE_EPOCH="${p.value}" is not a usable date: it must be a number of seconds since 1970, from 0 to 253402300799`,
      hint: 'Set e.g. SOURCE_DATE_EPOCH=$(date +%s), or unset it; the PDFs then get a fixed date.',
    },
  })),
  initTargetIsFile: message('GK_INIT_NOT_FOLDER', () => ({
    nl: { message: 'hier staat al een bestand; init maakt een map', hint: 'Geef de naam van een nieuwe of bestaande map, bv. "gesprekskit init mijn-school".' },
    en: { message: 'a file is already here; init sets up a folder', hint: 'Give the name of a new or existing folder, e.g. "gesprekskit init my-school".' },
  })),
  initCannotWrite: message<{ code: string }>('GK_INIT_WRITE', (p) => ({
    nl: { message: `init kan hier niet schrijven (${reason(p.code, 'nl')})`, hint: 'Kies een map waarin je mag schrijven, bv. in je eigen documenten.' },
    en: { message: `init cannot write here (${reason(p.code, 'en')})`, hint: 'Choose a folder you may write to, e.g. in your own documents.' },
  })),

  // ── templates ───────────────────────────────────────────────────────────────────────────
  templateTooMuch: message<{ rounds?: number; mb?: number }>('GK_TEMPLATE_ENDLESS', (p) => ({
    nl: {
      message: `dit sjabloon houdt niet op: deze herhaling gaat over ${p.rounds !== undefined ? `${p.rounds} rondes` : `${p.mb} MB tekst`} (een lus in een lus in een lus?)`,
      hint: 'Haal herhalingen als {{#times}} of {{#each}} uit elkaar, of herhaal minder vaak.',
    },
    en: {
      message: `this template does not end: this loop goes past ${p.rounds !== undefined ? `${p.rounds} rounds` : `${p.mb} MB of text`} (a loop in a loop in a loop?)`,
      hint: 'Take loops such as {{#times}} or {{#each}} out of each other, or repeat less often.',
    },
  })),
  templatePartialLoop: message<{ chain: readonly string[] }>('GK_TEMPLATE_PARTIAL_LOOP', (p) => ({
    nl: {
      message: `het onderdeel "${list(p.chain)[0]}" roept zichzelf op (${list(p.chain).join(' → ')}), zonder einde`,
      hint: 'Haal de {{> …}} weg die terug naar het begin leidt: een onderdeel mag zichzelf niet (ook niet via een ander) invoegen.',
    },
    en: {
      message: `the partial "${list(p.chain)[0]}" includes itself (${list(p.chain).join(' → ')}), without end`,
      hint: 'Remove the {{> …}} that leads back to the start: a partial may not include itself, not even through another one.',
    },
  })),
  templateLog: message('GK_TEMPLATE_FORBIDDEN', () => ({
    nl: { message: 'sjablonen mogen {{log}} niet gebruiken: het zou lesgegevens naar het scherm schrijven', hint: 'Haal {{log …}} weg uit het sjabloon.' },
    en: { message: 'templates may not use {{log}}: it would write lesson data to the terminal', hint: 'Remove {{log …}} from the template.' },
  })),

  // ── lesson ids ──────────────────────────────────────────────────────────────────────────
  lessonIdNotFileName: message<{ id: string; fileName: string }>('GK_LESSON_ID_FILE_NAME', (p) => ({
    nl: {
      message: `de id "${p.id}" is niet de naam van het bestand (${p.fileName}); een les heet zoals haar bestand`,
      hint: `Is dit een kopie? Geef de les een eigen id en noem het bestand zo (bv. "${p.id}-2" in ${p.id}-2.yaml). Anders: noem het bestand ${p.id}.yaml.`,
    },
    en: {
      message: `the id "${p.id}" is not the name of the file (${p.fileName}); a lesson is named like its file`,
      hint: `Is this a copy? Give the lesson its own id and name the file after it (e.g. "${p.id}-2" in ${p.id}-2.yaml). Otherwise, name the file ${p.id}.yaml.`,
    },
  })),
  lessonDuplicateId: message<{ id: string; others: readonly string[] }>('GK_LESSON_DUPLICATE_ID', (p) => ({
    nl: {
      message: `de id "${p.id}" staat ook in ${list(p.others).join(', ')}; geen van die lessen wordt gemaakt, zodat de ene de PDF's van de andere niet vervangt`,
      hint: 'Geef elke les een eigen id (het wordt de mapnaam in output/), of haal de kopie weg.',
    },
    en: {
      message: `the id "${p.id}" is also used in ${list(p.others).join(', ')}; none of these lessons is built, so one cannot replace the other's PDFs`,
      hint: 'Give every lesson its own id (it becomes the folder name in output/), or remove the copy.',
    },
  })),
  lessonIdReserved: message<{ id: string }>('GK_LESSON_ID_RESERVED', (p) => ({
    nl: {
      message: `"${p.id}" kan geen les-id zijn: op Windows is het een gereserveerde naam, en een map output/${p.id} kan daar niet bestaan`,
      hint: `Kies een andere id, bv. "${p.id}-les".`,
    },
    en: {
      message: `"${p.id}" cannot be a lesson id: it is a reserved name on Windows, where a folder output/${p.id} cannot exist`,
      hint: `Choose another id, e.g. "${p.id}-les".`,
    },
  })),
  newIdInUse: message<{ id: string; other: string }>('GK_LESSON_EXISTS', (p) => ({
    nl: {
      message: `er is al een les met de id "${p.id}" (in ${p.other}); er is niets geschreven`,
      hint: 'Kies een andere id, of werk verder in dat bestand.',
    },
    en: {
      message: `there already is a lesson with the id "${p.id}" (in ${p.other}); nothing was written`,
      hint: 'Choose another id, or go on editing that file.',
    },
  })),
  newSourceMissing: message<{ source: string }>('GK_SOURCE_NOT_FOUND', (p) => ({
    nl: {
      message: `er is geen brontekst "${p.source}"; er is geen les geschreven`,
      hint: 'Geef de id van een tekst in lessons/sources/ (bv. interview-somers), of het pad naar een .md-bestand.',
    },
    en: {
      message: `there is no source text "${p.source}"; no lesson was written`,
      hint: 'Give the id of a text in lessons/sources/ (e.g. interview-somers), or the path of a .md file.',
    },
  })),

  // ── output ──────────────────────────────────────────────────────────────────────────────
  outputChanged: message('GK_OUTPUT_CHANGED', () => ({
    nl: {
      message: 'deze PDF is veranderd nadat gesprekskit hem maakte (bewerkt, samengevoegd of opnieuw bewaard); hij wordt niet overschreven',
      hint: 'Wil je je versie houden, hernoem ze dan. Mag ze weg, verwijder ze; de volgende build maakt de PDF opnieuw.',
    },
    en: {
      message: 'this PDF was changed after gesprekskit made it (edited, merged or saved again); it is not overwritten',
      hint: 'To keep your version, rename it. If it may go, delete it; the next build makes the PDF again.',
    },
  })),
  outputUnsealed: message('GK_OUTPUT_CHANGED', () => ({
    nl: {
      message: 'deze PDF noemt gesprekskit als maker, maar heeft geen zegel: ze komt van een oudere versie of werd nadien bewerkt; ze wordt niet overschreven',
      hint: 'Heb je ze niet zelf bewerkt, verwijder ze dan (of de hele map output/); de volgende build maakt ze opnieuw.',
    },
    en: {
      message: 'this PDF names gesprekskit as its creator but has no seal: it comes from an older version or was edited since; it is not overwritten',
      hint: 'If you did not edit it yourself, delete it (or the whole output/ folder); the next build makes it again.',
    },
  })),
  outputSymlink: message('GK_OUTPUT_OUTSIDE', () => ({
    nl: {
      message: 'dit is een snelkoppeling (symbolische link) naar een andere plaats; gesprekskit schrijft alleen in de uitvoermap zelf',
      hint: 'Verwijder de link (de map waarnaar ze wijst blijft staan), of bouw met --out rechtstreeks in die andere map.',
    },
    en: {
      message: 'this is a symbolic link to another place; gesprekskit only writes inside the output folder itself',
      hint: 'Remove the link (the folder it points to stays), or build straight into that other folder with --out.',
    },
  })),
  outputCannotCreate: message('GK_OUTPUT_WRITE', () => ({
    nl: { message: 'de uitvoermap kan hier niet gemaakt worden (dit is geen gewone map op een schijf)', hint: 'Kies met --out een map in je eigen bestanden, bv. --out output.' },
    en: { message: 'the output folder cannot be created here (this is not an ordinary folder on a disk)', hint: 'Choose a folder among your own files with --out, e.g. --out output.' },
  })),

  // ── YAML features gesprekskit does not use ───────────────────────────────────────────────
  yamlMergeKey: message('GK_YAML_UNSUPPORTED', () => ({
    nl: { message: '"<<" (een YAML-samenvoegsleutel) gebruikt gesprekskit niet', hint: 'Schrijf de sleutels en waarden voluit op deze plaats.' },
    en: { message: '"<<" (a YAML merge key) is not used by gesprekskit', hint: 'Write the keys and values out in full at this place.' },
  })),
  yamlTag: message<{ tag: string }>('GK_YAML_UNSUPPORTED', (p) => ({
    nl: { message: `${p.tag} is een YAML-tag; gesprekskit gebruikt geen tags en leest geen andere bestanden in`, hint: `Haal ${p.tag} weg en schrijf de tekst zelf op deze plaats (tussen aanhalingstekens als er een : of # in staat).` },
    en: { message: `${p.tag} is a YAML tag; gesprekskit uses no tags and reads no other files`, hint: `Remove ${p.tag} and write the text itself at this place (in quotes if it holds a : or #).` },
  })),
  yamlMultipleDocuments: message('GK_YAML_UNSUPPORTED', () => ({
    nl: { message: 'hier begint een tweede YAML-document (na een regel "---"); een bestand bevat één les', hint: 'Zet elke les in een eigen bestand, of haal de regel "---" weg.' },
    en: { message: 'a second YAML document starts here (after a "---" line); a file holds one lesson', hint: 'Put each lesson in a file of its own, or remove the "---" line.' },
  })),
  yamlComplexKey: message('GK_YAML_UNSUPPORTED', () => ({
    nl: { message: 'deze sleutel is een lijst of blok; een sleutel is een gewoon woord', hint: 'Schrijf "sleutel: waarde", met een woord uit het lesformaat als sleutel.' },
    en: { message: 'this key is a list or block; a key is a plain word', hint: 'Write "key: value", with a word from the lesson format as the key.' },
  })),

  // ── class lists, config, init ──────────────────────────────────────────────────────────
  rosterMixedSeparator: message<{ used: string; expected: string }>('GK_ROSTER_COLUMNS', (p) => ({
    nl: {
      message: `deze rij scheidt de kolommen met "${p.used}", maar de kopregel met "${p.expected}"`,
      hint: `Gebruik op elke rij "${p.expected}" tussen de kolommen (bv. Jan Peeters${p.expected}3B). Staat er een "${p.used}" in de naam, zet de naam dan tussen dubbele aanhalingstekens.`,
    },
    en: {
      message: `this row separates its columns with "${p.used}", but the header row with "${p.expected}"`,
      hint: `Use "${p.expected}" between the columns on every row (e.g. Jan Peeters${p.expected}3B). If the name holds a "${p.used}", put the name in double quotes.`,
    },
  })),
  initSchoolName: message<{ reason: string; max: number; code: string }>('GK_INIT_SCHOOL', (p) => ({
    nl: {
      message:
        p.reason === 'long'
          ? `de schoolnaam is te lang: het instellingenbestand neemt er hoogstens ${p.max} tekens`
          : p.reason === 'control'
            ? `de schoolnaam bevat een onzichtbaar stuurteken (${p.code})`
            : p.reason === 'glyph'
              ? `geen lettertype kan ${p.code} in de schoolnaam drukken`
              : 'de schoolnaam is leeg',
      hint: 'Geef de naam zoals hij bovenaan de bladen moet staan, bv. --school "Sint-Jozefscollege Aalst".',
    },
    en: {
      message:
        p.reason === 'long'
          ? `the school name is too long: the config file takes at most ${p.max} characters`
          : p.reason === 'control'
            ? `the school name contains an invisible control character (${p.code})`
            : p.reason === 'glyph'
              ? `no font can print ${p.code} in the school name`
              : 'the school name is empty',
      hint: 'Give the name as it should appear at the top of the sheets, e.g. --school "Sint-Jozefscollege Aalst".',
    },
  })),

  // ── layout ───────────────────────────────────────────────────────────────────────────────
  layoutTooTall: message<{ cm: number; pageCm: number }>('GK_LAYOUT_TOO_TALL', (p) => ({
    nl: {
      message: `een stuk van deze les is ${p.cm} cm hoog en past niet op een pagina (${p.pageCm} cm); het zou afgesneden worden`,
      hint: 'Maak de lange tekst korter, of verdeel hem over meer velden (bv. twee fasen in het lesverloop).',
    },
    en: {
      message: `a part of this lesson is ${p.cm} cm tall and does not fit on a page (${p.pageCm} cm); it would be cut off`,
      hint: 'Shorten the long text, or spread it over more fields (e.g. two phases in the agenda).',
    },
  })),
};
