import { expect } from 'chai';
import { join } from 'node:path';
import { closestParagraph, findQuote, firstDifference } from '../../src/source/find-quote.js';
import { loadSource } from '../../src/source/load-source.js';
import { BUILTIN_SOURCES } from '../../src/node/paths.js';
import { nodeFiles } from '../../src/node/node-files.js';

describe('source: finding quotes', () => {
  const source = loadSource(join(BUILTIN_SOURCES, 'interview-somers.md'), nodeFiles);

  it('finds a verbatim quote and its paragraph', () => {
    expect(findQuote(source, 'Ik ben vader, Europeaan, Belg, politicus, boekenwurm.')?.n).to.equal(4);
  });

  it('accepts straight or curly quotation marks alike', () => {
    expect(findQuote(source, "Laten we beginnen met het feit dat 'de immigrant' niet bestaat.")?.n).to.equal(11);
    expect(findQuote(source, 'Laten we beginnen met het feit dat “de immigrant” niet bestaat.')?.n).to.equal(11);
  });

  it('accepts omissions marked with … when the parts appear in order', () => {
    expect(findQuote(source, 'Racisme en discriminatie kunnen niet. … De samenstelling binnen de politie moet een afspiegeling zijn van de maatschappij.')?.n).to.equal(22);
    expect(findQuote(source, 'De samenstelling binnen de politie … Racisme en discriminatie kunnen niet.')).to.equal(undefined);
  });

  it('rejects a changed word and says where the quote departs from the text', () => {
    const quote = 'Ik ben moeder, Europeaan, Belg, politicus, boekenwurm.';
    expect(findQuote(source, quote)).to.equal(undefined);
    const near = closestParagraph(source, quote);
    expect(near?.n).to.equal(4);
    expect(firstDifference(near!.text, quote)).to.equal('moeder, Europeaan, Belg, politicus,');
  });

  it('searches only the given paragraph when one is named', () => {
    expect(findQuote(source, 'Racisme en discriminatie kunnen niet.', 22)?.n).to.equal(22);
    expect(findQuote(source, 'Racisme en discriminatie kunnen niet.', 20)).to.equal(undefined);
  });
});
