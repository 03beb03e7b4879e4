import { expect } from 'chai';
import { nodeFiles } from '../../src/node/node-files.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainText, type Block } from '../../src/document/model.js';
import { formatProblem, type Problem } from '../../src/errors.js';
import { checkLesson } from '../../src/lesson/check-lesson.js';
import { parseLesson } from '../../src/lesson/load-lesson.js';
import { pieceTexts, type PieceTexts } from '../../src/lesson/piece-texts.js';
import type { Lesson } from '../../src/lesson/schema.js';
import { resolveOptions } from '../../src/node/options.js';
import { PIECES } from '../../src/kit/pieces.js';
import { pieceDocument } from '../../src/kit/render-piece.js';
import { loadSource } from '../../src/source/load-source.js';
import { BUILTIN_SOURCES, PACKAGE_ROOT } from '../../src/node/paths.js';
import { TemplateEnvironment } from '../../src/template/environment.js';
import { stringsOf } from '../helpers/content.js';
import { BUILTIN_LESSONS_DIR, FIXTURES, LESSON_IDS } from '../helpers/kit.js';

/**
 * src/lesson/piece-texts.ts says, per piece, which lesson texts it prints and which paragraphs
 * it prints to look them up in; the check of ¶ references relies on it. These tests render the
 * built-in templates and hold the two together: what the model says a piece prints is in the
 * document, what the document prints of the lesson is in the model, the paragraphs match, and
 * no ¶ in any printed document points at a paragraph that document does not print.
 */

const source = loadSource(join(BUILTIN_SOURCES, 'interview-somers.md'), nodeFiles);
const options = resolveOptions({ cwd: PACKAGE_ROOT });
const templates = new TemplateEnvironment(options.templateDirs, nodeFiles, options.labels);
const squash = (s: string) => s.replace(/\s+/g, '');

function load(file: string): Lesson {
  const problems: Problem[] = [];
  const loaded = parseLesson(readFileSync(file, 'utf8'), file, problems, nodeFiles);
  if (loaded) checkLesson(loaded, source, problems);
  expect(problems.map((p) => formatProblem(p, 'en')), file).to.deep.equal([]);
  return loaded!.lesson;
}

/** All text of a document, and the paragraphs it prints (passages and quotes, by their ¶ number). */
function documentOf(blocks: Block[]): { texts: string[]; printed: Set<number> } {
  const texts: string[] = [];
  const printed = new Set<number>();
  const walk = (list: Block[]) => {
    for (const b of list) {
      switch (b.type) {
        case 'heading':
        case 'paragraph':
          texts.push(plainText(b.content));
          break;
        case 'list':
          b.items.forEach(walk);
          break;
        case 'checklist':
          texts.push(...b.items.map(plainText));
          break;
        case 'table':
          texts.push(...b.header.map(plainText), ...b.rows.flat().map(plainText));
          break;
        case 'passage':
          printed.add(Number(b.ref));
          break; // the source text itself, not the lesson's
        case 'quote':
          if (b.ref) printed.add(Number(b.ref));
          walk(b.children);
          break;
        case 'scale':
          texts.push(b.statement ?? '', ...b.labels);
          break;
        case 'organiser':
          texts.push(...b.columns);
          break;
        case 'chart':
          texts.push(b.center, ...b.items);
          break;
        case 'tip':
        case 'card':
        case 'sign':
        case 'slide':
          texts.push(('title' in b ? b.title : undefined) ?? ('label' in b ? b.label : undefined) ?? '');
          walk(b.children);
          break;
        case 'question':
        case 'keep':
        case 'cards':
          walk(b.children);
          break;
        default:
          break;
      }
    }
  };
  walk(blocks);
  return { texts, printed };
}

const lessons: [string, Lesson][] = [
  ...LESSON_IDS.map((id): [string, Lesson] => [id, load(join(BUILTIN_LESSONS_DIR, `${id}.yaml`))]),
  ['references/base.yaml', load(join(FIXTURES, 'lessons', 'references', 'base.yaml'))],
];

describe('lesson: what each piece prints, as the built-in templates print it', () => {
  for (const [name, lesson] of lessons) {
    describe(name, () => {
      const models = pieceTexts(lesson, source);
      for (const piece of PIECES.filter((p) => !p.when || p.when(lesson))) {
        const model = models.find((m) => m.piece === piece.id) as PieceTexts;
        const doc = documentOf(pieceDocument({ lesson, source }, piece, templates, options).document.blocks);
        const all = squash(doc.texts.join('\n'));

        it(`${piece.id}: prints the paragraphs the model says it prints`, () => {
          expect(model, piece.id).to.be.an('object');
          if (model.printed === 'all') expect([...doc.printed].sort((a, b) => a - b)).to.deep.equal(source.paragraphs.map((p) => p.n));
          else expect([...doc.printed].sort((a, b) => a - b)).to.deep.equal([...model.printed].sort((a, b) => a - b));
        });

        it(`${piece.id}: every ¶ it prints points at a paragraph it prints`, () => {
          for (const text of doc.texts) {
            for (const m of text.matchAll(/¶\s*(\d+)/g)) expect(doc.printed.has(Number(m[1])), `¶${m[1]} in "${text.slice(0, 80)}"`).to.equal(true);
          }
        });

        if (piece.id === 'teacher-guide') continue;

        it(`${piece.id}: prints every text the model lists`, () => {
          for (const t of model.texts) expect(all, `${t.path.join('.')}: ${t.text.slice(0, 60)}`).to.include(squash(t.text));
        });

        it(`${piece.id}: the model lists every lesson text the piece prints`, () => {
          const listed = new Set(model.texts.map((t) => squash(t.text)));
          // Long texts only: a short one ("Eens", "Ik") can turn up inside another by chance.
          for (const text of new Set(stringsOf(lesson).map(squash).filter((t) => t.length >= 20))) {
            if (all.includes(text)) expect(listed.has(text) || [...listed].some((l) => l.includes(text)), text.slice(0, 60)).to.equal(true);
          }
        });
      }
    });
  }
});
