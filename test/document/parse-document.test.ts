import { expect } from 'chai';
import { escapeMarkdown } from '../../src/document/markdown-escape.js';
import { parseDocument } from '../../src/document/parse-document.js';
import { english } from '../helpers/words.js';

describe('document: parsing the document language', () => {
  it('turns Markdown and worksheet blocks into typed blocks', () => {
    const { document, problems } = parseDocument(
      [
        '::running-header left="Les" right=Werkblad',
        '::namefield',
        '# Titel',
        'Tekst met **vet**.',
        '::: question number=1',
        'Een vraag?',
        '::lines count=3',
        ':::',
        '- [ ] afvinken',
        '| a | b |\n|---|---|\n| 1 | 2 |',
        '::pagebreak',
      ].join('\n\n'),
      'nl-BE',
    );
    expect(problems).to.deep.equal([]);
    expect(document.meta.header).to.deep.equal({ left: 'Les', right: 'Werkblad' });
    expect(document.blocks.map((b) => b.type)).to.deep.equal(['namefield', 'heading', 'paragraph', 'question', 'checklist', 'table', 'pagebreak']);
    const q = document.blocks[3] as Extract<(typeof document.blocks)[number], { type: 'question' }>;
    expect(q.number).to.equal('1');
    expect(q.children.map((b) => b.type)).to.deep.equal(['paragraph', 'lines']);
  });

  it('reports an unknown block with a suggestion', () => {
    const { problems } = parseDocument('::linse count=3', 'nl-BE');
    expect(english(problems[0]).message).to.equal('unknown block "::linse"; did you mean "lines"?');
  });

  it('reports a bad attribute value', () => {
    const { problems } = parseDocument('::lines count=99', 'nl-BE');
    expect(english(problems[0]).message).to.equal('"lines": count=99 must be a number from 1 to 40');
  });

  it('prints escaped lesson text literally: no emphasis, no blocks, no lists', () => {
    const text = '*noot: 1. niet vet* | ::lines count=2 # geen titel "aanhalingstekens" & <b>';
    const { document } = parseDocument(`${escapeMarkdown(text)}\n\n${escapeMarkdown('::: question')}\n\n${escapeMarkdown('1. geen lijst')}`, 'nl-BE');
    expect(document.blocks).to.deep.equal([
      { type: 'paragraph', content: [{ text }] },
      { type: 'paragraph', content: [{ text: '::: question' }] },
      { type: 'paragraph', content: [{ text: '1. geen lijst' }] },
    ]);
  });
});
