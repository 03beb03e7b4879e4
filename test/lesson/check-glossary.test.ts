import { expect } from 'chai';
import { nodeFiles } from '../../src/node/node-files.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, isKitError, type Problem } from '../../src/errors.js';
import { checkLesson } from '../../src/lesson/check-lesson.js';
import { parseLesson } from '../../src/lesson/load-lesson.js';
import { loadSource } from '../../src/source/load-source.js';
import { parseSource } from '../../src/source/parse-source.js';
import { BUILTIN_SOURCES } from '../../src/node/paths.js';
import { buildView } from '../../src/template/view-model.js';
import { youthVocabulary } from '../../src/lesson/check-glossary.js';
import { BUILTIN_LESSONS_DIR } from '../helpers/kit.js';
import { FIXTURES } from '../helpers/kit.js';

const minimal = readFileSync(join(FIXTURES, 'lessons', 'minimal.yaml'), 'utf8');
const source = loadSource(join(BUILTIN_SOURCES, 'interview-somers.md'), nodeFiles);

const withVocabulary = (lines: string) => minimal.replace('questions:', `vocabulary:\n${lines}questions:`);

function check(text: string) {
  const problems: Problem[] = [];
  const loaded = parseLesson(text, 'les.yaml', problems, nodeFiles);
  if (loaded) checkLesson(loaded, source, problems);
  return { loaded, problems: problems.map((p) => formatProblem(p, 'en')) };
}

const sourceText = (glossary: string) => `---
id: tekst
title: Een tekst
kind: text
publisher: Iemand
language: nl
attribution: Overgenomen.
glossary:
${glossary}---

## text

De eerste alinea.
`;

describe('lesson: one explanation per word, from the source text’s glossary', () => {
  it('takes the explanation of a listed word from the glossary of the source text', () => {
    const { loaded, problems } = check(withVocabulary('  - term: "valkuil"\n  - term: "eigen woord"\n    explanation: "Een woord met een eigen uitleg."\n'));
    expect(problems).to.deep.equal([]);
    const view = buildView(loaded!.lesson, source, { audience: 'student', piece: { id: 'worksheet', label: 'Werkblad' } });
    const shared = source.meta.glossary!.find((g) => g.term === 'valkuil')!.explanation;
    expect(view.vocabulary).to.deep.equal([
      { term: 'valkuil', explanation: shared },
      { term: 'eigen woord', explanation: 'Een woord met een eigen uitleg.' },
    ]);
  });

  it('rejects a word without explanation that the glossary does not have, suggesting a close one', () => {
    const { problems } = check(withVocabulary('  - term: "valkuilen"\n'));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^les\.yaml:14:11: the word "valkuilen" has no "explanation", and the glossary of the source text interview-somers does not explain it \[GK_LESSON_GLOSSARY_TERM\]/);
    expect(problems[0]).to.include('Did you mean "valkuil"?');
  });

  it('rejects a second explanation of a word the glossary explains', () => {
    const { problems } = check(withVocabulary('  - term: "valkuil"\n    explanation: "Een gat."\n'));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^les\.yaml:15:18: the glossary of the source text interview-somers already explains "valkuil" \[GK_LESSON_GLOSSARY_TWICE\]/);
  });

  it('rejects a ¶ reference and a double word in the glossary of a source text, where they are typed', () => {
    const text = sourceText('  - term: "alinea"\n    explanation: "Een stuk tekst, zoals ¶1."\n  - term: "alinea"\n    explanation: "Nog eens."\n');
    let problems: string[] = [];
    try {
      parseSource(text, 'tekst.md', nodeFiles);
    } catch (e) {
      if (!isKitError(e)) throw e;
      problems = e.problems.map((p) => formatProblem(p, 'en'));
    }
    expect(problems).to.have.length(2);
    expect(problems[0]).to.match(/^tekst\.md:10:41: the explanation of "alinea" refers to a paragraph \(¶\)/);
    expect(problems[1]).to.match(/^tekst\.md:11:11: "alinea" is in the glossary twice \[GK_SOURCE_GLOSSARY_TWICE\]/);
  });

  it('explains in a youth session only the words of what is read aloud or retold', () => {
    const { loaded } = check(readFileSync(join(BUILTIN_LESSONS_DIR, 'identiteit.yaml'), 'utf8'));
    const words = youthVocabulary(loaded!.lesson, source).map((v) => v.term);
    // ¶3, ¶4 and ¶11 are read aloud: "valkuil" and "autochtoon" are in them, "korps" and "generatie" are not.
    expect(words).to.include.members(['valkuil', 'autochtoon', 'boekenwurm', 'groepsdenken']);
    expect(words).to.not.include.members(['korps']);
    expect(words).to.not.include('generatie');
    const all = loaded!.lesson.vocabulary!.map((v) => v.term);
    expect(words.length).to.be.lessThan(all.length);
  });
});

