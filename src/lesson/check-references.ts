import { problem, type Problem } from '../errors.js';
import type { Source } from '../source/model.js';
import { nodeAt, positionOf, type ParsedYaml } from '../yaml/parse.js';
import type { LoadedLesson } from './load-lesson.js';
import { pieceTexts, type Path, type PieceId } from './piece-texts.js';

const PARAGRAPH_REF = /¶\s*(\d+)/g;

/**
 * Every ¶N a piece prints must point at a paragraph that the same piece prints (whole or
 * quoted): a worksheet question against the worksheet's excerpts, a youth-session text against
 * what is read aloud, a card against nothing. The teacher guide prints the whole source text.
 * One problem per reference, naming every piece it is missing from.
 */
export function checkReferences(loaded: LoadedLesson, source: Source, problems: Problem[]): void {
  const { lesson, yaml, file } = loaded;
  const last = source.paragraphs.length;
  // Keyed by where the reference is and what the pieces missing it print.
  const missing = new Map<string, { path: Path; index: number; n: number; pieces: PieceId[]; printed: string; from: string }>();
  for (const piece of pieceTexts(lesson, source)) {
    if (piece.printed === 'all') continue;
    const printed = piece.printed;
    for (const { path, text } of piece.texts) {
      [...text.matchAll(PARAGRAPH_REF)].forEach((m, index) => {
        const n = Number(m[1]);
        // A number outside the source is reported by checkLesson already.
        if (n < 1 || n > last || printed.has(n)) return;
        const shown = formatParagraphs([...printed]);
        const key = `${JSON.stringify(path)}#${index}|${piece.printedFrom}|${shown}`;
        const entry = missing.get(key);
        if (entry) entry.pieces.push(piece.piece);
        else missing.set(key, { path, index, n, pieces: [piece.piece], printed: shown, from: piece.printedFrom });
      });
    }
  }
  for (const m of missing.values()) {
    problems.push(problem('unprintedRef', { n: m.n, pieces: m.pieces.join(','), printed: m.printed, from: m.from }, { file, ...positionOfMatch(yaml, m.path, m.index) }));
  }
}

/** "¶1–¶5, ¶8, ¶11": runs of three or more become a range. */
export function formatParagraphs(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`¶${sorted[i]}–¶${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(`¶${sorted[k]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** Where the index-th ¶ reference of the value at `path` is typed; else the value itself. */
function positionOfMatch(yaml: ParsedYaml, path: Path, index: number) {
  const range = nodeAt(yaml, path).node?.range;
  if (range) {
    const raw = yaml.text.slice(range[0], range[1]);
    const match = [...raw.matchAll(PARAGRAPH_REF)][index];
    if (match?.index !== undefined) return yaml.position(range[0] + match.index);
  }
  return positionOf(yaml, path);
}
