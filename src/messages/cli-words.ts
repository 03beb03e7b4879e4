import type { Lang } from './define.js';

/**
 * Everything the command line says that is not a problem: help texts, progress and summary
 * lines, and yargs' own words. Problems (with a GK_ code) are in catalogue/; these have no
 * code. One object per language, both of the same type, so none can go missing.
 */
export interface CliWords {
  /** The top of --help; $0 is the program's name. */
  usage: string;
  noCommand: string;
  /** Names of positional arguments, as shown in --help ("build [les..]"). */
  args: { lesson: string; dir: string; kind: string; id: string };
  options: {
    debug: string;
    lang: string;
    lesson: string;
    lessons: string;
    source: string;
    config: string;
    cache: string;
  };
  build: {
    describe: string;
    out: string;
    outDefault: string;
    templates: string;
    pageSize: string;
    largePrint: string;
    font: string;
    labels: string;
    watch: string;
    roster: string;
    split: string;
    threads: string;
    threadsDefault: string;
    fillable: string;
    /** Above the warnings of a build: templates that make the PDFs harder to read with a screen reader. */
    warnings(count: number): string;
    /** One PDF: its path, pages and size; with a class list, how many students it holds. */
    pdf(path: string, pages: number, size: string, students?: number): string;
    /** The files of single students in one folder, summed up. */
    folder(dir: string, files: number, pages: number, size: string): string;
    notBuilt(name: string, file: string, problems: number): string;
    summary(written: number, failed: number): string;
  };
  validate: {
    describe: string;
    ok(id: string, file: string): string;
    invalid(id: string, file: string, problems: number): string;
  };
  list: {
    describe: string;
    header: [id: string, title: string, theme: string, duration: string];
    hasErrors: string;
    minutes(n: number): string;
  };
  schema: { describe: string; kind: string };
  init: {
    describe: string;
    dir: string;
    school: string;
    logo: string;
    created(file: string): string;
    skipped(file: string): string;
    summary(created: number, skipped: number, where: string): string;
    next(where: string, configFile: string): string;
  };
  newLesson: {
    describe: string;
    id: string;
    lessons: string;
    source: string;
    created(file: string): string;
    invalid(problems: number): string;
    valid(id: string): string;
  };
  web: {
    describe: string;
    out: string;
    outDefault: string;
    /** The site written: its folder, how many files, and the size of the app. */
    written(dir: string, files: number, appKb: number): string;
    serve: string;
  };
  preview: {
    describe: string;
    port: string;
    open: string;
    /** The address to open, once the server listens. */
    listening(url: string): string;
    follows: string;
    openYourself: string;
  };
  watch: {
    changed(files: string): string;
    notAll: string;
    watching(n: number): string;
    /** What is watched, by name. */
    watched(list: string): string;
    /** Folders the setup names that are gone now: watched again when they return. */
    missing(list: string): string;
    keepsGoing: string;
  };
  internalError(detail: string): string;
  bug: string;
  stopped: string;
  /** "512 KB", "1,4 MB". */
  size(bytes: number): string;
  /** yargs' own words (help headings, its usage errors), laid over its built-in translation. */
  yargs: Record<string, string | { one: string; other: string }>;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const nl: CliWords = {
  usage: "$0 <commando> [opties]\n\nPrintbare gesprekskits (werkbladen, lerarenhandleidingen, kaartjes, dia's) uit lesbestanden.",
  noCommand: 'Noem een commando: build, validate, list, schema, init, new, web of preview.',
  args: { lesson: 'les', dir: 'map', kind: 'soort', id: 'id' },
  options: {
    debug: 'Toon technische details (stacktraces) bij een fout',
    lang: 'Taal van de meldingen (standaard: GESPREKSKIT_LANG, anders de taal van je systeem, anders nl)',
    lesson: "Id's van de lessen (standaard: alle lessen)",
    lessons: 'Map met de lesbestanden (standaard: ./lessons, anders de meegeleverde lessen)',
    source: 'Brontekst voor lessen die er zelf geen noemen: een id, of het pad van een .md-bestand',
    config: 'Instellingenbestand (standaard: ./gesprekskit.config.yaml als het bestaat)',
    cache: 'Hergebruik werk van vorige keren (ingelezen lessen, sjablonen, woordvormen); --no-cache leest noch schrijft de cache',
  },
  build: {
    describe: "Maak de PDF's van de lessen in output/<les-id>/",
    out: "Map voor de PDF's",
    outDefault: 'output',
    templates: 'Map met je eigen sjablonen, die voorrang krijgen op de meegeleverde',
    pageSize: 'Papierformaat',
    largePrint: 'Grote letters: leestekst van 16 pt, meer ruimte om te schrijven',
    font: 'Lettertype',
    labels: 'Taal van de vaste woorden op de bladen (Naam, pagina 1 van 3, koppen)',
    watch: 'Blijf draaien en maak opnieuw wat verandert als je een les, sjabloon, brontekst of de instellingen bewaart',
    roster: 'Klaslijst (CSV met een kolom "naam", eventueel "klas"): werkbladen met de naam van elke leerling, één afdrukbestand per les',
    split: 'Met --roster: ook één PDF per leerling',
    threads: "Aantal threads dat PDF's maakt",
    threadsDefault: 'één; één per processorkern voor grote klaslijsten',
    fillable: 'Werkbladen als invulbare PDF: vakken om de antwoorden in te typen (ook met --roster)',
    warnings: (count) => `let op: ${count === 1 ? 'dit sjabloon maakt' : 'deze sjablonen maken'} de PDF's minder goed leesbaar met een schermlezer (ze zijn gemaakt, zonder het PDF/UA-label):`,
    pdf: (path, pages, size, students) =>
      `${path}  ${plural(pages, 'pagina', "pagina's")}  ${size}${students !== undefined ? `  ${plural(students, 'leerling', 'leerlingen')}` : ''}`,
    folder: (dir, files, pages, size) => `${dir}  ${plural(files, 'bestand', 'bestanden')}  ${plural(pages, 'pagina', "pagina's")}  ${size}`,
    notBuilt: (name, file, problems) => `niet gemaakt: ${name} (${file}), ${plural(problems, 'fout', 'fouten')}:`,
    summary: (written, failed) => `${written} PDF's geschreven; ${plural(failed, 'les', 'lessen')} niet gemaakt (de vorige PDF's blijven staan).`,
  },
  validate: {
    describe: 'Controleer lesbestanden (en hun citaten tegen de brontekst) zonder iets te maken',
    ok: (id, file) => `ok       ${id} (${file})`,
    invalid: (id, file, problems) => `ongeldig ${id} (${file}): ${plural(problems, 'fout', 'fouten')}`,
  },
  list: {
    describe: 'Toon elke les: id, titel, thema en duur',
    header: ['id', 'titel', 'thema', 'duur'],
    hasErrors: '(bevat fouten: voer "gesprekskit validate" uit)',
    minutes: (n) => `${n} min`,
  },
  schema: {
    describe: 'Toon het JSON-schema van lesbestanden, of van het instellingenbestand (voor editors zoals VS Code)',
    kind: 'Welk bestand',
  },
  init: {
    describe: 'Maak een schoolmap: instellingen, sjablonen om aan te passen, een voorbeeldles en een README',
    dir: 'Map om in te richten (wordt gemaakt als ze niet bestaat)',
    school: 'Naam van de school, voor in de instellingen',
    logo: 'Logo (PNG of JPEG), wordt naar de map gekopieerd',
    created: (file) => `gemaakt       ${file}`,
    skipped: (file) => `overgeslagen  ${file} (bestaat al, niet veranderd)`,
    summary: (created, skipped, where) => `${plural(created, 'bestand', 'bestanden')} gemaakt, ${skipped} overgeslagen ${where === '.' ? 'in deze map' : `in ${where}`}.`,
    next: (where, configFile) =>
      where === '.'
        ? `Volgende stap: pas ${configFile} aan en voer "npx gesprekskit build" uit. README.md zegt wat je waar aanpast.`
        : `Volgende stap: cd ${where}, pas ${configFile} aan en voer "npx gesprekskit build" uit. README.md in die map zegt wat je waar aanpast.`,
  },
  newLesson: {
    describe: 'Schrijf een nieuwe les met uitleg in commentaar in de lessenmap; ze is meteen geldig',
    id: 'Id van de les: kleine letters, cijfers en streepjes',
    lessons: 'Lessenmap (standaard: uit de instellingen, anders ./lessons)',
    source: 'Brontekst van de les: een id, of het pad van een .md-bestand',
    created: (file) => `gemaakt  ${file}`,
    invalid: (problems) => `De nieuwe les is nog niet geldig (${plural(problems, 'fout', 'fouten')}):`,
    valid: (id) => `Ze is geldig. Vul ze in, en voer dan "npx gesprekskit validate ${id}" en "npx gesprekskit build ${id}" uit.`,
  },
  web: {
    describe: 'Schrijf de webapp (een statische website: niets te installeren, niets verlaat het toestel) in output/web/',
    out: 'Map voor de website',
    outDefault: 'output/web',
    written: (dir, files, appKb) => `${dir}  ${plural(files, 'bestand', 'bestanden')}  (de app: ${appKb} KB)`,
    serve:
      'Zet deze map op een webserver (het intranet van de school, of een kleine server op een USB-stick); een browser start ze niet vanaf een file://-adres.',
  },
  preview: {
    describe: 'Toon de webapp met de lessen, sjablonen, bronteksten en instellingen van deze map op http://127.0.0.1 en volg elke wijziging die je bewaart',
    port: 'Poort op 127.0.0.1',
    open: 'Open de pagina in de browser (--no-open: toon alleen het adres)',
    listening: (url) => `gesprekskit preview: ${url}`,
    follows: 'De pagina toont de lessen, sjablonen, bronteksten en instellingen van deze map, en volgt elke wijziging die je bewaart. Stoppen met Ctrl+C.',
    openYourself: 'Open dat adres in een browser op deze computer.',
  },
  watch: {
    changed: (files) => `gewijzigd: ${files}`,
    notAll: "Niet alles is gemaakt; de vorige PDF's blijven staan. Verbeter het bestand en bewaar het opnieuw.",
    watching: (n) => `gesprekskit let op wijzigingen in ${plural(n, 'map of bestand', 'mappen en bestanden')}. Stoppen met Ctrl+C.`,
    watched: (list) => `Bekeken: ${list}`,
    missing: (list) => `Nu niet aanwezig (opnieuw bekeken zodra het terug is): ${list}`,
    keepsGoing: 'Dit is een fout in gesprekskit zelf; meld deze melding. gesprekskit blijft op wijzigingen letten.',
  },
  internalError: (detail) => `gesprekskit: interne fout: ${detail}`,
  bug: 'Dit is een fout in gesprekskit zelf. Voer het commando opnieuw uit met --debug en meld wat het toont.',
  stopped: "gesprekskit: gestopt. De PDF's die al geschreven waren, zijn volledig; de andere hebben nog hun vorige versie.",
  size: (bytes) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`),
  yargs: {
    'Commands:': "Commando's:",
    'Options:': 'Opties:',
    'Positionals:': 'Argumenten:',
    boolean: 'ja/nee',
    string: 'tekst',
    number: 'getal',
    array: 'lijst',
    count: 'aantal',
    'aliases:': 'ook:',
    'Show help': 'Toon deze hulp',
    'Show version number': 'Toon het versienummer',
    // yargs says this only for a command it does not know (recommendCommands).
    'Did you mean %s?': 'Onbekend commando; bedoelde je %s?',
    'Unknown argument: %s': { one: 'Onbekend argument: %s', other: 'Onbekende argumenten: %s' },
    'Missing argument value: %s': { one: 'Geen waarde gegeven bij: %s', other: 'Geen waarden gegeven bij: %s' },
    'Missing required argument: %s': { one: 'Verplicht argument ontbreekt: %s', other: 'Verplichte argumenten ontbreken: %s' },
    'Not enough non-option arguments: got %s, need at least %s': {
      one: 'Te weinig argumenten: %s gegeven, minstens %s nodig',
      other: 'Te weinig argumenten: %s gegeven, minstens %s nodig',
    },
    'Too many non-option arguments: got %s, maximum of %s': {
      one: 'Te veel argumenten: %s gegeven, hoogstens %s',
      other: 'Te veel argumenten: %s gegeven, hoogstens %s',
    },
    'Invalid values:': 'Ongeldige waarde:',
    'Argument: %s, Given: %s, Choices: %s': '%s is %s; kies uit: %s',
    'Implications failed:': 'Deze optie werkt alleen samen met een andere:',
    'Arguments %s and %s are mutually exclusive': 'De opties %s en %s gaan niet samen',
    // yargs says this for an option without its value (requiresArg); %s is its name.
    'Not enough arguments following: %s': 'Geen waarde gegeven na --%s',
  },
};

const en: CliWords = {
  usage: '$0 <command> [options]\n\nPrintable discussion kits (worksheets, teacher guides, cards, slides) from lesson files.',
  noCommand: 'Name a command: build, validate, list, schema, init, new, web or preview.',
  args: { lesson: 'lesson', dir: 'dir', kind: 'kind', id: 'id' },
  options: {
    debug: 'Show internal details (stack traces) on errors',
    lang: 'Language of the messages (default: GESPREKSKIT_LANG, else your system language, else nl)',
    lesson: 'Lesson ids (default: all lessons)',
    lessons: 'Folder with the lesson files (default: ./lessons, else the built-in lessons)',
    source: 'Source text for lessons that name none: an id, or the path of a .md file',
    config: 'Config file (default: ./gesprekskit.config.yaml when it exists)',
    cache: 'Reuse the work of earlier runs (parsed lessons, templates, shaped words); --no-cache neither reads nor writes the cache',
  },
  build: {
    describe: 'Build the PDFs of the lessons into output/<lesson-id>/',
    out: 'Output folder',
    outDefault: 'output',
    templates: 'Folder with your own templates, layered over the built-in ones',
    pageSize: 'Paper size',
    largePrint: 'Large print: body text 16 pt, more room to write',
    font: 'Typeface',
    labels: 'Language of the fixed words on the sheets (Naam, pagina 1 van 3, headings)',
    watch: 'Keep running and rebuild when a lesson, template, source or config file changes',
    roster: 'Class list (CSV with a "naam" column, optionally "klas"): worksheets with each student\'s name, one print file per lesson',
    split: 'With --roster: also one PDF per student',
    threads: 'Threads that render PDFs',
    threadsDefault: 'one; one per core for big class lists',
    fillable: 'Worksheets as PDF forms: fields to type the answers in (also with --roster)',
    warnings: (count) => `warning: ${count === 1 ? 'this template makes' : 'these templates make'} the PDFs harder to read with a screen reader (they are made, without the PDF/UA label):`,
    pdf: (path, pages, size, students) =>
      `${path}  ${plural(pages, 'page', 'pages')}  ${size}${students !== undefined ? `  ${plural(students, 'student', 'students')}` : ''}`,
    folder: (dir, files, pages, size) => `${dir}  ${plural(files, 'file', 'files')}  ${plural(pages, 'page', 'pages')}  ${size}`,
    notBuilt: (name, file, problems) => `not built: ${name} (${file}), ${plural(problems, 'problem', 'problems')}:`,
    summary: (written, failed) => `${written} PDFs written; ${plural(failed, 'lesson', 'lessons')} not built (previous PDFs kept).`,
  },
  validate: {
    describe: 'Check lesson files (and their quotes against the source text) without building',
    ok: (id, file) => `ok      ${id} (${file})`,
    invalid: (id, file, problems) => `invalid ${id} (${file}): ${plural(problems, 'problem', 'problems')}`,
  },
  list: {
    describe: 'Show each lesson: id, title, theme and duration',
    header: ['id', 'title', 'theme', 'duration'],
    hasErrors: '(has errors: run "gesprekskit validate")',
    minutes: (n) => `${n} min`,
  },
  schema: {
    describe: 'Print the JSON Schema of lesson files, or of the config file (for editors such as VS Code)',
    kind: 'Which file format',
  },
  init: {
    describe: 'Set up a school folder: config, templates to edit, an example lesson, a README',
    dir: 'Folder to set up (created if needed)',
    school: 'School name, written into the config',
    logo: 'PNG or JPEG logo, copied into the folder',
    created: (file) => `created  ${file}`,
    skipped: (file) => `skipped  ${file} (already exists, left as it is)`,
    summary: (created, skipped, where) => `${plural(created, 'file', 'files')} created, ${skipped} skipped ${where === '.' ? 'in this folder' : `in ${where}`}.`,
    next: (where, configFile) =>
      where === '.'
        ? `Next: edit ${configFile} and run "npx gesprekskit build". README.md says what to edit.`
        : `Next: cd ${where}, edit ${configFile} and run "npx gesprekskit build". README.md there says what to edit.`,
  },
  newLesson: {
    describe: 'Write a commented lesson skeleton (that validates) into the lessons folder',
    id: 'Lesson id: lowercase letters, digits and dashes',
    lessons: 'Lessons folder (default: from the config, else ./lessons)',
    source: 'Source text of the lesson: an id, or the path of a .md file',
    created: (file) => `created  ${file}`,
    invalid: (problems) => `The new lesson does not validate yet (${plural(problems, 'problem', 'problems')}):`,
    valid: (id) => `It validates. Fill it in, then run "npx gesprekskit validate ${id}" and "npx gesprekskit build ${id}".`,
  },
  web: {
    describe: 'Write the web app (a static site: no install, nothing leaves the device) into output/web/',
    out: 'Folder for the site',
    outDefault: 'output/web',
    written: (dir, files, appKb) => `${dir}  ${plural(files, 'file', 'files')}  (the app: ${appKb} KB)`,
    serve: 'Put this folder on any web server (a school intranet, or a small server on a USB stick); browsers do not run it from a file:// address.',
  },
  preview: {
    describe: 'Show the web app with the lessons, templates, source texts and config of this folder on http://127.0.0.1 and follow every saved change',
    port: 'Port on 127.0.0.1',
    open: 'Open the page in the browser (--no-open: only print its address)',
    listening: (url) => `gesprekskit preview: ${url}`,
    follows: 'The page shows the lessons, templates, source texts and config of this folder, and follows every change you save. Press Ctrl+C to stop.',
    openYourself: 'Open that address in a browser on this computer.',
  },
  watch: {
    changed: (files) => `changed: ${files}`,
    notAll: 'Not everything was built; previous PDFs kept. Fix the file and save it again.',
    watching: (n) => `Watching ${plural(n, 'folder or file', 'folders and files')} for changes. Press Ctrl+C to stop.`,
    watched: (list) => `Watched: ${list}`,
    missing: (list) => `Not there now (watched again when it returns): ${list}`,
    keepsGoing: 'This is a bug in gesprekskit; please report this message. The watcher keeps going.',
  },
  internalError: (detail) => `gesprekskit: internal error: ${detail}`,
  bug: 'This is a bug in gesprekskit. Run again with --debug and report what it prints.',
  stopped: 'gesprekskit: stopped. PDFs already written are complete; the others keep their previous version.',
  size: (bytes) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`),
  yargs: {
    'Did you mean %s?': 'Unknown command; did you mean %s?',
    'Not enough arguments following: %s': 'No value given after --%s',
  },
};

export const CLI_WORDS: Record<Lang, CliWords> = { nl, en };
