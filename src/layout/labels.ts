/** The fixed words the layout prints itself; templates hold all other wording. */
export interface Labels {
  name: string;
  class: string;
  date: string;
  /** "pagina {page} van {pages}" */
  pageOf: string;
  /** Alt text of a drawn identity web: {center}, {items}, {empty}. */
  chartAlt: string;
  /** Alt text of a drawn opinion scale: {labels}. */
  scaleAlt: string;
  /** After the title of a slide that continues on the next slide: "{title} (vervolg)". */
  continued: string;
  /** Tooltips of form fields (fillable worksheets) that no question names. */
  fieldAnswer: string;
  /** Name of the form field of an opinion scale. */
  scaleName: string;
  /** A cell of a writing frame: "{column}, rij {row}". */
  fieldCell: string;
  /** An empty box of an identity web: "{center}: vakje {n}". */
  fieldWebBox: string;
}

export const LABELS: Record<'nl' | 'en', Labels> = {
  nl: {
    name: 'Naam',
    class: 'Klas',
    date: 'Datum',
    pageOf: 'pagina {page} van {pages}',
    chartAlt: 'Schema met in het midden ‘{center}’ en vakjes eromheen{items}; {empty} vakjes zijn leeg om zelf in te vullen.',
    scaleAlt: 'Schaal om je mening aan te kruisen: {labels}.',
    continued: '{title} (vervolg)',
    fieldAnswer: 'Schrijfruimte',
    scaleName: 'schaal',
    fieldCell: '{column}, rij {row}',
    fieldWebBox: 'Identiteitsweb rond ‘{center}’: vakje {n}',
  },
  en: {
    name: 'Name',
    class: 'Class',
    date: 'Date',
    pageOf: 'page {page} of {pages}',
    chartAlt: 'Diagram with ‘{center}’ in the middle and boxes around it{items}; {empty} boxes are empty to fill in.',
    scaleAlt: 'Scale to mark your opinion: {labels}.',
    continued: '{title} (continued)',
    fieldAnswer: 'Space to write',
    scaleName: 'scale',
    fieldCell: '{column}, row {row}',
    fieldWebBox: 'Identity web around ‘{center}’: box {n}',
  },
};

export function pageLabel(labels: Labels, page: number, pages: number): string {
  return labels.pageOf.replace('{page}', String(page)).replace('{pages}', String(pages));
}
