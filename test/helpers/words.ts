import { describeProblem, type Problem } from '../../src/errors.js';
import type { Words } from '../../src/messages/define.js';

/** A problem's words as an English reader sees them (tests that check wording use English). */
export function english(p: Problem | undefined): Words {
  if (!p) throw new Error('no problem to describe');
  return describeProblem(p, 'en');
}

/** The same problem in Dutch, the CLI's default language. */
export function dutch(p: Problem | undefined): Words {
  if (!p) throw new Error('no problem to describe');
  return describeProblem(p, 'nl');
}
