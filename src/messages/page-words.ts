import type { Lang } from './define.js';

/**
 * Every word the web page shows that is not a problem (problems, with a GK_ code, are in
 * catalogue/): labels, buttons, help, status lines. One object per language, both of the
 * same type, so none can go missing. `gesprekskit web` writes the Dutch words into
 * index.html; the page swaps them when the reader picks the other language.
 *
 * The accessible names "Les", "Naam van de school", "Klaslijst", "Maak de PDF's" and
 * "Eigen les" are what the end-to-end tests look for: keep them.
 */
export interface PageWords {
  /** The <title> and the heading. */
  title: string;
  tagline: string;
  /** The button that switches to the other language, in that language. */
  otherLanguage: string;
  otherLanguageLabel: string;
  skipToPreview: string;
  loading: string;
  /** The page could not start (no JavaScript modules, no workers, a file missing). */
  failedToStart(detail: string): string;
  noScript: string;

  lessonHeading: string;
  lesson: string;
  shippedLessons: string;
  ownLessons: string;
  schoolLessons: string;
  lessonTitle: string;
  lessonTheme: string;
  lessonDuration: string;
  minutes(n: number): string;
  /** "Titel (thema, 50 min)" in the list of lessons. */
  lessonOption(title: string, theme: string, minutes: number): string;
  lessonBroken(name: string): string;
  noLessons: string;

  schoolHeading: string;
  schoolRemembered: string;
  schoolName: string;
  contact: string;
  contactHelp: string;
  logo: string;
  logoHelp: string;
  logoChosen(name: string): string;
  removeLogo: string;
  logoNotImage: string;
  accent: string;
  accentHelp: string;
  defaultAccent: string;
  pageSize: string;
  font: string;
  fonts: Record<string, string>;
  largePrint: string;
  largePrintHelp: string;
  labels: string;
  labelLanguages: Record<string, string>;
  exportSettings: string;
  importSettings: string;
  importSettingsHelp: string;
  imported(file: string): string;
  importIgnored(keys: string): string;
  importFailed(file: string): string;
  previewSettings(config: string): string;
  previewNoConfig: string;

  rosterHeading: string;
  roster: string;
  rosterHelp: string;
  rosterRead(file: string, students: number): string;
  rosterProblems(file: string): string;
  removeRoster: string;
  split: string;

  makeHeading: string;
  fillable: string;
  fillableHelp: string;
  make: string;
  progress: string;
  busy: string;
  busyClassSet(done: number, total: number): string;
  done(files: number): string;
  failed: string;
  downloadsHeading: string;
  allAsZip: string;
  /** What a download link is: "Werkblad, 7 pagina's, 120 KB". */
  fileDetails(what: string, pages: number, bytes: number): string;
  fileSize(bytes: number): string;
  classSetWhat(students: number): string;
  singles(n: number): string;

  previewHeading: string;
  previewHelp: string;
  pages(n: number): string;
  pageAlt(piece: string, page: number, pages: number): string;
  previewBusy: string;
  previewFailed: string;
  pieces: Record<string, string>;
  pagesOf(piece: string): string;

  ownHeading: string;
  ownLesson: string;
  ownHelp: string;
  dropHere: string;
  notLessonFile(name: string): string;
  ownLoaded(files: string): string;
  ownValid(id: string): string;
  ownProblems(n: number): string;
  jumpTo(place: string): string;
  editor: string;
  editorFile: string;
  editorText(file: string): string;
  editorPosition(line: number, col: number): string;
  editorHelp: string;
  saveFile(file: string): string;
  removeOwn: string;
  unsaved: string;

  liveConnected(folder: string): string;
  liveUpdated(time: string): string;
  liveLost: string;
  problemsHeading: string;
  hint: string;
  internalError(detail: string): string;
  footer(version: string): string;
  offlineReady: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function size(bytes: number, comma: string): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', comma)} MB`;
}

const nl: PageWords = {
  title: 'gesprekskit',
  tagline: 'Werkbladen, lerarenhandleiding, kaartjes en dia’s voor een klasgesprek, gemaakt in je browser. Wat je invult en de namen in je klaslijst verlaten dit toestel niet.',
  otherLanguage: 'English',
  otherLanguageLabel: 'Show this page in English',
  skipToPreview: 'Naar het voorbeeld',
  loading: 'De kit wordt geladen…',
  failedToStart: (detail) => `gesprekskit kon niet starten in deze browser: ${detail}. Gebruik een recente versie van Chrome, Edge, Firefox of Safari.`,
  noScript: 'gesprekskit werkt alleen met JavaScript aan.',

  lessonHeading: '1. Kies een les',
  lesson: 'Les',
  shippedLessons: 'Meegeleverde lessen',
  ownLessons: 'Eigen lessen',
  schoolLessons: 'Lessen van je schoolmap',
  lessonTitle: 'Titel',
  lessonTheme: 'Thema',
  lessonDuration: 'Duur',
  minutes: (n) => `${n} minuten`,
  lessonOption: (title, theme, minutes) => `${title} (${theme}, ${minutes} min)`,
  lessonBroken: (name) => `${name} (met fouten)`,
  noLessons: 'Er is nog geen les zonder fouten.',

  schoolHeading: '2. Je school',
  schoolRemembered: 'Je browser onthoudt deze instellingen op dit toestel.',
  schoolName: 'Naam van de school',
  contact: 'Contact na de les',
  contactHelp: 'Bij wie kan een leerling terecht na een moeilijk gesprek? Een rol of plaats op school, geen telefoonnummer. Staat in de lerarenhandleiding.',
  logo: 'Logo',
  logoHelp: 'Een PNG- of JPEG-bestand, bovenaan elk blad.',
  logoChosen: (name) => `Logo: ${name}`,
  removeLogo: 'Logo weghalen',
  logoNotImage: 'Kies een PNG- of JPEG-bestand voor het logo.',
  accent: 'Kleur van koppen en kaders',
  accentHelp: 'Je huiskleur mag: is ze te licht om koppen in te lezen, dan maakt gesprekskit ze voor de koppen donkerder.',
  defaultAccent: 'Standaardkleur',
  pageSize: 'Papierformaat',
  font: 'Lettertype',
  fonts: { 'noto-sans': 'Noto Sans (standaard)', 'atkinson-hyperlegible': 'Atkinson Hyperlegible (voor slechtziende lezers)', 'dejavu-sans': 'DejaVu Sans' },
  largePrint: 'Grote letters',
  largePrintHelp: 'Leestekst van minstens 16 punt en meer ruimte om te schrijven.',
  labels: 'Taal van de vaste woorden op de bladen',
  labelLanguages: { nl: 'Nederlands (Naam, pagina 1 van 3)', en: 'Engels (Name, page 1 of 3)' },
  exportSettings: 'Bewaar als gesprekskit.config.yaml',
  importSettings: 'Open een instellingenbestand',
  importSettingsHelp: 'Kies gesprekskit.config.yaml, en het logo als het instellingenbestand er een noemt.',
  imported: (file) => `Instellingen gelezen uit ${file}.`,
  importIgnored: (keys) => `Niet gebruikt op deze pagina: ${keys}.`,
  importFailed: (file) => `${file} kan niet gebruikt worden:`,
  previewSettings: (config) => `De instellingen komen uit ${config} in je schoolmap. Pas ze daar aan; het voorbeeld volgt vanzelf.`,
  previewNoConfig: 'Je schoolmap heeft geen gesprekskit.config.yaml: de standaardinstellingen gelden.',

  rosterHeading: '3. Werkbladen met naam (niet verplicht)',
  roster: 'Klaslijst',
  rosterHelp: 'Een CSV-bestand met een kolom naam (of voornaam en achternaam) en eventueel klas. De namen blijven op dit toestel en worden niet bewaard.',
  rosterRead: (file, students) => `${file}: ${plural(students, 'leerling', 'leerlingen')}.`,
  rosterProblems: (file) => `${file} kan niet gebruikt worden:`,
  removeRoster: 'Klaslijst weghalen',
  split: 'Ook één PDF per leerling',

  makeHeading: '4. PDF’s maken',
  fillable: 'Invulbaar werkblad',
  fillableHelp: 'Leerlingen typen hun antwoorden in de PDF, op een computer of tablet, in plaats van met de pen.',
  make: 'Maak de PDF\'s',
  progress: 'Voortgang',
  busy: 'Bezig met de PDF’s…',
  busyClassSet: (done, total) => `Werkbladen met naam: ${done} van ${total}`,
  done: (files) => `Klaar: ${plural(files, 'PDF', 'PDF’s')}. Ze staan hieronder.`,
  failed: 'De PDF’s konden niet gemaakt worden:',
  downloadsHeading: 'Je PDF’s',
  allAsZip: 'alles als ZIP',
  fileDetails: (what, pages, bytes) => `${what}, ${plural(pages, 'pagina', 'pagina’s')}, ${size(bytes, ',')}`,
  fileSize: (bytes) => size(bytes, ','),
  classSetWhat: (students) => `Werkbladen met naam, ${plural(students, 'leerling', 'leerlingen')}`,
  singles: (n) => `${plural(n, 'losse PDF', 'losse PDF’s')}, één per leerling`,

  previewHeading: 'Voorbeeld',
  previewHelp: 'Zo zien de bladen eruit met je instellingen.',
  pages: (n) => plural(n, 'pagina', 'pagina’s'),
  pageAlt: (piece, page, pages) => `${piece}, pagina ${page} van ${pages}`,
  previewBusy: 'Het voorbeeld wordt gemaakt…',
  previewFailed: 'Deze les kan niet gemaakt worden:',
  pieces: { worksheet: 'Werkblad', 'teacher-guide': 'Lerarenhandleiding', cards: 'Kaartjes', signs: 'Borden', slides: 'Dia’s', 'youth-session': 'Jeugdwerksessie', 'class-set': 'Werkbladen met naam' },
  pagesOf: (piece) => `Pagina’s van ${piece.toLowerCase()}`,

  ownHeading: '5. Zelf een les maken',
  ownLesson: 'Eigen les',
  ownHelp: 'Open je lesbestand (.yaml) en de brontekst (.md) die het citeert. Ze worden gecontroleerd zoals gesprekskit validate dat doet; klik op een fout om naar de regel te gaan.',
  dropHere: 'Of sleep de bestanden naar dit vak.',
  notLessonFile: (name) => `${name} is geen lesbestand (.yaml) of brontekst (.md).`,
  ownLoaded: (files) => `Geopend: ${files}.`,
  ownValid: (id) => `De les ${id} is in orde.`,
  ownProblems: (n) => `${plural(n, 'fout', 'fouten')} in je eigen les:`,
  jumpTo: (place) => `Ga naar ${place}`,
  editor: 'Bewerken',
  editorFile: 'Bestand',
  editorText: (file) => `Tekst van ${file}`,
  editorPosition: (line, col) => `Regel ${line}, kolom ${col}`,
  editorHelp: 'Wat je typt, wordt na een korte pauze opnieuw gecontroleerd en in het voorbeeld getoond. Het blijft op deze pagina: bewaar het bestand als je het wil houden.',
  saveFile: (file) => `Bewaar ${file}`,
  removeOwn: 'Eigen les sluiten',
  unsaved: 'Je eigen les heeft wijzigingen die je nog niet bewaarde.',

  liveConnected: (folder) => `Voorbeeld van de schoolmap ${folder}. Bewaar een bestand en het voorbeeld volgt.`,
  liveUpdated: (time) => `Bijgewerkt om ${time}.`,
  liveLost: 'De verbinding met gesprekskit preview is weg. Start het opnieuw en herlaad de pagina.',
  problemsHeading: 'Fouten',
  hint: 'Tip',
  internalError: (detail) => `Er ging iets mis in gesprekskit zelf (${detail}). Herlaad de pagina; meld het als het blijft gebeuren.`,
  footer: (version) => `gesprekskit ${version}. Alles gebeurt in je browser: er gaat niets naar een server.`,
  offlineReady: 'Deze pagina werkt nu ook zonder internet.',
};

const en: PageWords = {
  title: 'gesprekskit',
  tagline: 'Worksheets, teacher guide, cards and slides for a class discussion, made in your browser. What you type and the names in your class list never leave this device.',
  otherLanguage: 'Nederlands',
  otherLanguageLabel: 'Toon deze pagina in het Nederlands',
  skipToPreview: 'Skip to the preview',
  loading: 'Loading the kit…',
  failedToStart: (detail) => `gesprekskit could not start in this browser: ${detail}. Use a recent version of Chrome, Edge, Firefox or Safari.`,
  noScript: 'gesprekskit needs JavaScript.',

  lessonHeading: '1. Choose a lesson',
  lesson: 'Lesson',
  shippedLessons: 'Lessons that come with the kit',
  ownLessons: 'Your own lessons',
  schoolLessons: 'Lessons of your school folder',
  lessonTitle: 'Title',
  lessonTheme: 'Theme',
  lessonDuration: 'Duration',
  minutes: (n) => `${n} minutes`,
  lessonOption: (title, theme, minutes) => `${title} (${theme}, ${minutes} min)`,
  lessonBroken: (name) => `${name} (has problems)`,
  noLessons: 'There is no lesson without problems yet.',

  schoolHeading: '2. Your school',
  schoolRemembered: 'Your browser remembers these settings on this device.',
  schoolName: 'School name',
  contact: 'Contact after the lesson',
  contactHelp: 'Where can a student turn after a difficult conversation? A role or place at school, no phone number. Printed in the teacher guide.',
  logo: 'Logo',
  logoHelp: 'A PNG or JPEG file, at the top of every sheet.',
  logoChosen: (name) => `Logo: ${name}`,
  removeLogo: 'Remove the logo',
  logoNotImage: 'Choose a PNG or JPEG file for the logo.',
  accent: 'Colour of headings and boxes',
  accentHelp: 'Your house colour will do: if it is too light to read headings in, gesprekskit darkens it for the headings.',
  defaultAccent: 'Default colour',
  pageSize: 'Paper size',
  font: 'Typeface',
  fonts: { 'noto-sans': 'Noto Sans (default)', 'atkinson-hyperlegible': 'Atkinson Hyperlegible (for low-vision readers)', 'dejavu-sans': 'DejaVu Sans' },
  largePrint: 'Large print',
  largePrintHelp: 'Body text of at least 16 points and more room to write.',
  labels: 'Language of the fixed words on the sheets',
  labelLanguages: { nl: 'Dutch (Naam, pagina 1 van 3)', en: 'English (Name, page 1 of 3)' },
  exportSettings: 'Save as gesprekskit.config.yaml',
  importSettings: 'Open a config file',
  importSettingsHelp: 'Choose gesprekskit.config.yaml, and the logo if the config file names one.',
  imported: (file) => `Settings read from ${file}.`,
  importIgnored: (keys) => `Not used on this page: ${keys}.`,
  importFailed: (file) => `${file} cannot be used:`,
  previewSettings: (config) => `The settings come from ${config} in your school folder. Change them there; the preview follows.`,
  previewNoConfig: 'Your school folder has no gesprekskit.config.yaml: the default settings apply.',

  rosterHeading: '3. Worksheets with names (optional)',
  roster: 'Class list',
  rosterHelp: 'A CSV file with a column naam (or voornaam and achternaam) and optionally klas. The names stay on this device and are not stored.',
  rosterRead: (file, students) => `${file}: ${plural(students, 'student', 'students')}.`,
  rosterProblems: (file) => `${file} cannot be used:`,
  removeRoster: 'Remove the class list',
  split: 'Also one PDF per student',

  makeHeading: '4. Make the PDFs',
  fillable: 'Fillable worksheet',
  fillableHelp: 'Students type their answers into the PDF, on a computer or tablet, instead of writing with a pen.',
  make: 'Make the PDFs',
  progress: 'Progress',
  busy: 'Making the PDFs…',
  busyClassSet: (done, total) => `Worksheets with names: ${done} of ${total}`,
  done: (files) => `Done: ${plural(files, 'PDF', 'PDFs')}. They are listed below.`,
  failed: 'The PDFs could not be made:',
  downloadsHeading: 'Your PDFs',
  allAsZip: 'everything as a ZIP',
  fileDetails: (what, pages, bytes) => `${what}, ${plural(pages, 'page', 'pages')}, ${size(bytes, '.')}`,
  fileSize: (bytes) => size(bytes, '.'),
  classSetWhat: (students) => `Worksheets with names, ${plural(students, 'student', 'students')}`,
  singles: (n) => `${plural(n, 'single PDF', 'single PDFs')}, one per student`,

  previewHeading: 'Preview',
  previewHelp: 'This is how the sheets look with your settings.',
  pages: (n) => plural(n, 'page', 'pages'),
  pageAlt: (piece, page, pages) => `${piece}, page ${page} of ${pages}`,
  previewBusy: 'Making the preview…',
  previewFailed: 'This lesson cannot be made:',
  pieces: { worksheet: 'Worksheet', 'teacher-guide': 'Teacher guide', cards: 'Cards', signs: 'Signs', slides: 'Slides', 'youth-session': 'Youth session', 'class-set': 'Worksheets with names' },
  pagesOf: (piece) => `Pages of the ${piece.toLowerCase()}`,

  ownHeading: '5. Make a lesson of your own',
  ownLesson: 'Own lesson',
  ownHelp: 'Open your lesson file (.yaml) and the source text (.md) it quotes. They are checked as gesprekskit validate does; click a problem to go to its line.',
  dropHere: 'Or drag the files onto this box.',
  notLessonFile: (name) => `${name} is not a lesson file (.yaml) or a source text (.md).`,
  ownLoaded: (files) => `Opened: ${files}.`,
  ownValid: (id) => `The lesson ${id} is fine.`,
  ownProblems: (n) => `${plural(n, 'problem', 'problems')} in your own lesson:`,
  jumpTo: (place) => `Go to ${place}`,
  editor: 'Edit',
  editorFile: 'File',
  editorText: (file) => `Text of ${file}`,
  editorPosition: (line, col) => `Line ${line}, column ${col}`,
  editorHelp: 'What you type is checked again after a short pause and shown in the preview. It stays on this page: save the file if you want to keep it.',
  saveFile: (file) => `Save ${file}`,
  removeOwn: 'Close your own lesson',
  unsaved: 'Your own lesson has changes you have not saved.',

  liveConnected: (folder) => `Preview of the school folder ${folder}. Save a file and the preview follows.`,
  liveUpdated: (time) => `Updated at ${time}.`,
  liveLost: 'The connection to gesprekskit preview is lost. Start it again and reload the page.',
  problemsHeading: 'Problems',
  hint: 'Hint',
  internalError: (detail) => `Something went wrong inside gesprekskit (${detail}). Reload the page; report it if it keeps happening.`,
  footer: (version) => `gesprekskit ${version}. Everything happens in your browser: nothing is sent to a server.`,
  offlineReady: 'This page now also works without internet.',
};

export const PAGE_WORDS: Record<Lang, PageWords> = { nl, en };
