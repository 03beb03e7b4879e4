import type { ClassSetFiles, PdfFile } from '../../kit/build-in-memory.js';
import type { App } from './app.js';
import { byId, el } from './dom.js';
import { KitBug, ProblemsError } from './kit-client.js';
import { showBug, showProblems } from './problems.js';
import type { RosterPanel } from './roster-panel.js';
import { t } from './words.js';

interface Made {
  lesson: string;
  pieces: PdfFile[];
  classSet?: ClassSetFiles;
  zip: Uint8Array;
}

/**
 * "Maak de PDF's": every piece of the chosen lesson (from the preview when it is built
 * already), and with a class list the worksheets with names; then a download link per PDF,
 * named as the CLI names its files, and everything as one ZIP laid out as output/<lesson>/.
 */
export class MakePanel {
  private readonly button = byId<HTMLButtonElement>('maak');
  private readonly progressRow = byId('voortgang-rij');
  private readonly progress = byId<HTMLProgressElement>('voortgang');
  /** The count beside the bar; not a live region: a screen reader hears the start and the end, not every student. */
  private readonly progressText = byId('voortgang-tekst');
  private readonly status = byId('maak-status');
  private readonly problems = byId('maak-fouten');
  private readonly downloads = byId('downloads');
  private readonly list = byId('download-lijst');
  private busy = false;
  private urls: string[] = [];
  private made: Made | undefined;

  constructor(
    private readonly app: App,
    private readonly roster: RosterPanel,
  ) {
    this.button.addEventListener('click', () => void this.make());
    app.onStale.push(() => this.clear());
  }

  /** The button works once a lesson is chosen. */
  enable(on: boolean): void {
    this.button.setAttribute('aria-disabled', String(!on));
  }

  reword(): void {
    if (this.made) this.showDownloads(this.made);
  }

  /** Settings, lesson or files changed: the links would offer PDFs that no longer match. */
  private clear(): void {
    if (this.busy) return;
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls = [];
    this.made = undefined;
    this.downloads.hidden = true;
    this.list.replaceChildren();
    this.status.textContent = '';
    this.problems.hidden = true;
  }

  private async make(): Promise<void> {
    if (this.busy || this.button.getAttribute('aria-disabled') === 'true') return;
    const lesson = this.app.current();
    if (!lesson) return;
    this.clear();
    if ('problems' in lesson) {
      showProblems(this.problems, t().failed, lesson.problems);
      return;
    }
    this.busy = true;
    this.button.setAttribute('aria-busy', 'true');
    this.status.textContent = t().busy;
    const roster = this.roster.roster;
    const split = this.roster.split;
    const pieces = lesson.info.pieces;
    const total = pieces.length + (roster ? roster.students * (split ? 2 : 1) : 0);
    this.progress.max = total;
    this.progress.value = 0;
    this.progressRow.hidden = false;
    try {
      const built: PdfFile[] = [];
      for (const piece of pieces) {
        built.push(await this.app.piece(lesson, piece));
        this.progress.value = built.length;
      }
      let classSet: ClassSetFiles | undefined;
      if (roster) {
        this.progressText.textContent = t().busyClassSet(0, roster.students * (split ? 2 : 1));
        classSet = await this.app.kit.withProgress(
          (done, all) => {
            this.progress.value = pieces.length + done;
            this.progressText.textContent = t().busyClassSet(done, all);
          },
          'classSet',
          lesson.id,
          roster.path,
          this.app.settingsFor(lesson.set),
          split,
        );
      }
      const folder = lesson.id;
      const files = [
        ...built.map((p) => ({ path: `${folder}/${p.name}`, bytes: p.bytes })),
        ...(classSet ? [{ path: `${folder}/${classSet.print.name}`, bytes: classSet.print.bytes }] : []),
        ...(classSet?.singles ?? []).map((s) => ({ path: `${folder}/${classSet!.print.name.replace(/\.pdf$/, '')}/${s.name}`, bytes: s.bytes })),
      ];
      const zip = await this.app.kit.call('zip', files);
      this.made = { lesson: lesson.id, pieces: built, ...(classSet ? { classSet } : {}), zip };
      this.progress.value = total;
      this.showDownloads(this.made);
      this.status.textContent = t().done(files.length);
    } catch (e) {
      this.status.textContent = '';
      if (e instanceof ProblemsError) showProblems(this.problems, t().failed, e.problems);
      else if (e instanceof KitBug) showBug(this.problems, e.message);
      else throw e;
    } finally {
      this.busy = false;
      this.button.removeAttribute('aria-busy');
      this.progressRow.hidden = true;
      this.progressText.textContent = '';
    }
  }

  private showDownloads(made: Made): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls = [];
    const words = t();
    const link = (name: string, bytes: Uint8Array, type: string, details: string) => {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
      this.urls.push(url);
      return el('li', {}, el('a', { href: url, download: name }, name), el('span', { className: 'details' }, details));
    };
    const items = made.pieces.map((p) => link(p.name, p.bytes, 'application/pdf', words.fileDetails(words.pieces[p.piece] ?? p.piece, p.pages, p.bytes.length)));
    const set = made.classSet;
    if (set) {
      items.push(link(set.print.name, set.print.bytes, 'application/pdf', words.fileDetails(words.classSetWhat(set.print.copies ?? 0), set.print.pages, set.print.bytes.length)));
      if (set.singles.length > 0) {
        const singles = set.singles.map((s) => link(s.name, s.bytes, 'application/pdf', words.fileDetails(words.pieces.worksheet ?? '', s.pages, s.bytes.length)));
        items.push(el('li', {}, el('details', {}, el('summary', {}, words.singles(set.singles.length)), el('ul', {}, ...singles))));
      }
    }
    const zipName = `${made.lesson}.zip`;
    const zip = link(zipName, made.zip, 'application/zip', `${zipName}, ${words.fileSize(made.zip.length)}`);
    zip.querySelector('a')!.textContent = words.allAsZip;
    items.push(zip);
    this.list.replaceChildren(...items);
    this.downloads.hidden = false;
  }
}
