import { KitError, problem, type Problem } from '../errors.js';
import { CONTROL_CHARACTER, codePointName, controlCharacterProblems } from '../yaml/control-characters.js';
import type { InputFiles } from '../input/input-files.js';
import { checkSchema } from '../yaml/check-schema.js';
import { parseYaml, positionIn, positionOf, type ParsedYaml } from '../yaml/parse.js';
import { PARAGRAPH_KINDS, type ParagraphKind, type Source, type SourceMeta, type SourceParagraph } from './model.js';

const SECTION = /^##\s+(\S+)\s*$/;

/**
 * Parses a structured source text: YAML front matter between `---` lines, then sections
 * `## lead`, `## question`, `## answer`, `## text`, `## note`, each holding paragraphs
 * separated by blank lines. Every paragraph gets the next ¶ number.
 */
export function parseSource(text: string, file: string, input: InputFiles): Source {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const problems: Problem[] = [];
  if (lines[0]?.trim() !== '---') {
    throw new KitError(problem('sourceNoFrontMatter', {}, { file, line: 1, col: 1 }));
  }
  const end = lines.indexOf('---', 1);
  if (end === -1) {
    throw new KitError(problem('sourceFrontMatterOpen', {}, { file, line: 1, col: 1 }));
  }
  const parsed = parseYaml(lines.slice(1, end).join('\n'), file, problems, 2);
  if (parsed) {
    const schemaProblems = checkSchema('source', parsed, 'sourceText');
    problems.push(...schemaProblems);
    if (schemaProblems.length === 0) checkSourceGlossary(parsed, problems);
    if (problems.length === 0) problems.push(...controlCharacterProblems(parsed, 'sourceText'));
  }

  const paragraphs: SourceParagraph[] = [];
  let kind: ParagraphKind | undefined;
  let buffer: string[] = [];
  let bufferLine = 0;
  const flush = () => {
    if (buffer.length === 0) return;
    const textOf = buffer.join(' ').replace(/\s+/g, ' ').trim();
    if (!kind) {
      problems.push(problem('sourceNoSection', { kinds: PARAGRAPH_KINDS }, { file, line: bufferLine, col: 1 }));
    } else {
      paragraphs.push({ n: paragraphs.length + 1, kind, text: textOf, line: bufferLine });
    }
    buffer = [];
  };
  for (let i = end + 1; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\u00a0/g, ' ');
    const control = CONTROL_CHARACTER.exec(raw.replace(/\t/g, ' '));
    if (control) {
      problems.push(problem('controlCharacter', { code: codePointName(control[0]), what: 'sourceText' }, { file, line: i + 1, col: control.index + 1 }));
      continue;
    }
    const heading = SECTION.exec(raw);
    if (heading) {
      flush();
      const name = heading[1]!.toLowerCase();
      if ((PARAGRAPH_KINDS as readonly string[]).includes(name)) {
        kind = name as ParagraphKind;
      } else {
        problems.push(problem('sourceSection', { name: heading[1]!, kinds: PARAGRAPH_KINDS }, { file, line: i + 1, col: 4 }));
      }
      continue;
    }
    if (raw.trim() === '') {
      flush();
      continue;
    }
    if (buffer.length === 0) bufferLine = i + 1;
    buffer.push(raw.trim());
  }
  flush();
  if (paragraphs.length === 0 && problems.length === 0) {
    problems.push(problem('sourceEmpty', {}, { file, line: end + 1, col: 1 }));
  }
  if (problems.length > 0) throw new KitError(problems);
  return { file, meta: parsed!.value as SourceMeta, paragraphs };
}

/**
 * The glossary is shared by every lesson on the text, and lessons print different
 * paragraphs: an explanation that points at a ¶ would send some readers to a paragraph they
 * do not have. One explanation per word.
 */
function checkSourceGlossary(parsed: ParsedYaml, problems: Problem[]): void {
  const glossary = (parsed.value as SourceMeta).glossary ?? [];
  const seen = new Set<string>();
  glossary.forEach((g, i) => {
    if (seen.has(g.term)) problems.push(problem('sourceGlossaryTwice', { term: g.term }, { file: parsed.file, ...positionOf(parsed, ['glossary', i, 'term']) }));
    seen.add(g.term);
    if (/¶\s*\d/.test(g.explanation)) {
      problems.push(problem('sourceGlossaryRef', { term: g.term }, { file: parsed.file, ...positionIn(parsed, ['glossary', i, 'explanation'], '¶') }));
    }
  });
}
