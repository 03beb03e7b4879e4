import { expect } from 'chai';
import { safeName } from '../../src/roster/safe-name.js';

describe('roster: safe file names from student names', () => {
  it('keeps letters of any script, lowercased, with dashes between words', () => {
    expect(safeName('Zoë Van den Broeck')).to.equal('zoë-van-den-broeck');
    expect(safeName('Иван Петров')).to.equal('иван-петров');
    expect(safeName("D'Hondt, Lars")).to.equal('d-hondt-lars');
  });

  it('never yields a path, a dot name or a Windows-forbidden character', () => {
    for (const nasty of ['../../etc/passwd', '..\\..\\boot.ini', 'a/b', '.hidden', 'C:\\x', 'x<y>z|"?*', '   ', '\u0000\u202e']) {
      const name = safeName(nasty);
      expect(name, nasty).to.match(/^[\p{L}\p{M}\p{N}-]*$/u);
      expect(name, nasty).not.to.match(/^-|-$/);
    }
  });

  it('is at most 40 characters', () => {
    expect([...safeName('Maria-Fernanda Oliveira dos Santos Van den Broeck-Ålander')]).to.have.length.at.most(40);
  });
});
