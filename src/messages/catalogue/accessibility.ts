import { message } from '../define.js';

/**
 * Warnings about a template that makes a PDF harder to read with a screen reader. The PDF is
 * still made, but it does not claim PDF/UA (the accessibility standard) until it is fixed.
 */
export const accessibilityMessages = {
  headingFirstNotTop: message<{ level: number; text: string }>('GK_A11Y_HEADING_START', (p) => ({
    nl: {
      message: `de eerste kop ("${p.text}") is van niveau ${p.level}; een schermlezer verwacht eerst een kop van niveau 1 (#)`,
      hint: 'Begin met een kop "# …", of maak deze kop een "# …".',
    },
    en: {
      message: `the first heading ("${p.text}") is of level ${p.level}; a screen reader expects a level 1 heading (#) first`,
      hint: 'Start with a "# …" heading, or make this heading a "# …".',
    },
  })),
  headingSkipsLevel: message<{ level: number; previous: number; text: string }>('GK_A11Y_HEADING_SKIP', (p) => ({
    nl: {
      message: `de kop "${p.text}" (niveau ${p.level}) volgt op een kop van niveau ${p.previous}: niveau ${p.previous + 1} wordt overgeslagen`,
      hint: `Maak er een kop van niveau ${p.previous + 1} van (${'#'.repeat(p.previous + 1)} …): een schermlezer gebruikt de koppen als inhoudstafel.`,
    },
    en: {
      message: `the heading "${p.text}" (level ${p.level}) follows a level ${p.previous} heading: level ${p.previous + 1} is skipped`,
      hint: `Make it a level ${p.previous + 1} heading (${'#'.repeat(p.previous + 1)} …): a screen reader uses the headings as a table of contents.`,
    },
  })),
  figureWithoutAlt: message<{ block: string }>('GK_A11Y_FIGURE_ALT', (p) => ({
    nl: {
      message: `de afbeelding (::${p.block}) heeft een lege beschrijving (alt=""): een schermlezer kan ze niet voorlezen`,
      hint: 'Schrijf in alt="…" in één zin wat de afbeelding toont, of laat alt weg: dan maakt gesprekskit zelf een beschrijving.',
    },
    en: {
      message: `the figure (::${p.block}) has an empty description (alt=""): a screen reader cannot read it`,
      hint: 'Write in alt="…" in one sentence what the figure shows, or leave alt out: gesprekskit then writes a description itself.',
    },
  })),
  tableWithoutHeader: message('GK_A11Y_TABLE_HEADER', () => ({
    nl: {
      message: 'deze tabel heeft geen kopregel: alle cellen van de eerste rij zijn leeg',
      hint: 'Zet in de eerste rij wat elke kolom bevat ("| Woord | Wat betekent het? |"): een schermlezer leest die bij elke cel voor.',
    },
    en: {
      message: 'this table has no header row: every cell of its first row is empty',
      hint: 'Put in the first row what each column holds ("| Word | What does it mean? |"): a screen reader reads it with every cell.',
    },
  })),
};
