import { message, type Lang } from '../define.js';

/**
 * Messages about ¶ references a reader cannot look up: a piece that mentions ¶22 must print
 * ¶22 (or a quote from it), or the student goes looking for a paragraph that is not there.
 */

const PIECE_NAMES: Record<string, Record<Lang, string>> = {
  worksheet: { nl: 'het werkblad', en: 'the worksheet' },
  slides: { nl: "de dia's", en: 'the slides' },
  cards: { nl: 'de kaartjes', en: 'the cards' },
  'youth-session': { nl: 'de jeugdwerksessie', en: 'the youth session' },
  'teacher-guide': { nl: 'de lerarenhandleiding', en: 'the teacher guide' },
};

/** "het werkblad en de dia's" from "worksheet,slides". */
function pieceList(ids: string, lang: Lang): string {
  const names = String(ids)
    .split(',')
    .map((id) => PIECE_NAMES[id]?.[lang] ?? id);
  const and = lang === 'nl' ? ' en ' : ' and ';
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

export interface UnprintedRefParams {
  [key: string]: string | number;
  /** The paragraph referred to. */
  n: number;
  /** Piece ids, comma-separated: "worksheet,slides". */
  pieces: string;
  /** What the pieces do print, e.g. "¶1–¶5, ¶11"; empty when nothing. */
  printed: string;
  /** Which lesson field chooses the printed paragraphs: excerpts, read_aloud or none. */
  from: string;
}

export const referenceMessages = {
  unprintedRef: message<UnprintedRefParams>('GK_LESSON_REF_NOT_PRINTED', (p) => {
    const nl = pieceList(p.pieces, 'nl');
    const en = pieceList(p.pieces, 'en');
    if (p.from === 'none') {
      return {
        nl: {
          message: `¶${p.n} staat niet op ${nl}: daar staat geen tekst uit de brontekst, dus niemand kan de alinea opzoeken`,
          hint: 'Laat het ¶-nummer weg, of zet de tekst in een veld dat bij de brontekst staat (een vraag of een stap).',
        },
        en: {
          message: `¶${p.n} is not on ${en}: they print no text from the source, so nobody can look the paragraph up`,
          hint: 'Leave out the ¶ number, or move the text to a field printed next to the source text (a question or a step).',
        },
      };
    }
    const field = p.from === 'read_aloud' ? 'read_aloud' : 'excerpts';
    const nlWhat = p.from === 'read_aloud' ? 'Voorgelezen' : 'Afgedrukt';
    const enWhat = p.from === 'read_aloud' ? 'Read aloud' : 'Printed';
    return {
      nl: {
        message: `¶${p.n} staat niet op ${nl}: wie dat leest, kan de alinea niet opzoeken`,
        hint: `${nlWhat}: ${p.printed || 'geen enkele alinea'} (uit "${field}"). Verwijs naar een van die alinea's, neem ¶${p.n} op in "${field}", of laat het ¶-nummer weg.`,
      },
      en: {
        message: `¶${p.n} is not on ${en}: its readers cannot look the paragraph up`,
        hint: `${enWhat}: ${p.printed || 'no paragraph'} (from "${field}"). Refer to one of those paragraphs, add ¶${p.n} to "${field}", or leave out the ¶ number.`,
      },
    };
  }),
};
