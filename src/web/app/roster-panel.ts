import { byId, fileBytes, safeFileName } from './dom.js';
import { KitBug, ProblemsError, type KitClient } from './kit-client.js';
import { showBug, showProblems } from './problems.js';
import { t } from './words.js';

export interface LoadedRoster {
  /** In the working folder. */
  path: string;
  file: string;
  /** For the file names: worksheets-<name>.pdf. */
  name: string;
  students: number;
}

/**
 * "Klaslijst": a CSV read with the same rules and the same located problems as --roster.
 * The names stay in the worker's memory for this visit: never stored, never sent.
 */
export class RosterPanel {
  roster: LoadedRoster | undefined;
  private readonly input = byId<HTMLInputElement>('klaslijst');
  private readonly status = byId('klaslijst-status');
  private readonly problems = byId('klaslijst-fouten');
  private readonly remove = byId<HTMLButtonElement>('klaslijst-weg');
  private readonly splitBox = byId<HTMLInputElement>('apart');
  private lastProblems: { file: string; error: ProblemsError } | undefined;

  constructor(
    private readonly kit: KitClient,
    private readonly changed: () => void,
  ) {
    this.input.addEventListener('change', () => void this.read());
    this.remove.addEventListener('click', () => void this.clear(true));
    this.splitBox.addEventListener('change', () => this.changed());
  }

  get split(): boolean {
    return this.splitBox.checked;
  }

  private async read(): Promise<void> {
    const file = this.input.files?.[0];
    if (!file) return;
    await this.clear(false);
    const path = safeFileName(file.name);
    try {
      await this.kit.call('write', [{ path, content: await fileBytes(file) }], []);
      const read = await this.kit.call('roster', path);
      this.roster = { path, file: path, name: read.name, students: read.students };
      this.show();
    } catch (e) {
      await this.kit.call('write', [], [path]);
      if (e instanceof ProblemsError) {
        this.lastProblems = { file: path, error: e };
        this.show();
      } else if (e instanceof KitBug) showBug(this.problems, e.message);
      else throw e;
    }
    this.changed();
  }

  private async clear(focus: boolean): Promise<void> {
    if (this.roster) await this.kit.call('write', [], [this.roster.path]);
    this.roster = undefined;
    this.lastProblems = undefined;
    this.show();
    if (focus) {
      this.input.value = '';
      this.input.focus();
      this.changed();
    }
  }

  /** Shows what was read, in the page's language (problems are worded again on a switch). */
  show(): void {
    this.status.textContent = this.roster ? t().rosterRead(this.roster.file, this.roster.students) : '';
    this.remove.hidden = !this.roster;
    const p = this.lastProblems;
    showProblems(this.problems, p ? t().rosterProblems(p.file) : '', p ? p.error.problems : []);
  }

  /** The page's language changed: read the list again for its problems in the new words. */
  async reword(): Promise<void> {
    if (this.roster || !this.lastProblems) return this.show();
    const file = this.input.files?.[0];
    if (file) await this.read();
  }
}
