import type { ShownProblem } from '../web-kit.js';
import type { LessonSets } from '../worker-protocol.js';
import type { App } from './app.js';
import { byId, debounce, el, fileBytes, safeFileName } from './dom.js';
import { showProblems, type Jump } from './problems.js';
import { t } from './words.js';

interface OwnFile {
  /** In the working folder: lessons/x.yaml or lessons/sources/x.md. */
  path: string;
  name: string;
  text: string;
  /** Changed here since it was opened or saved. */
  edited: boolean;
}

/** Where an opened file goes: lessons next to each other, source texts in lessons/sources/. */
function placeFor(name: string): string | undefined {
  if (/\.ya?ml$/i.test(name)) return `lessons/${name}`;
  if (/\.md$/i.test(name)) return `lessons/sources/${name}`;
  return undefined;
}

/**
 * "Eigen les": a lesson file and its source text, opened with the file picker or dropped on
 * the box, checked as `validate` checks them. Each problem is a button to its line in a
 * plain text editor; a pause in typing checks again and builds the preview again.
 */
export class OwnLesson implements Jump {
  private readonly files = new Map<string, OwnFile>();
  private readonly input = byId<HTMLInputElement>('eigen-les');
  private readonly zone = byId('sleepvak');
  private readonly status = byId('eigen-status');
  private readonly problems = byId('eigen-fouten');
  private readonly editor = byId('bewerker');
  private readonly chooser = byId<HTMLSelectElement>('bewerk-bestand');
  private readonly text = byId<HTMLTextAreaElement>('bewerk-tekst');
  private readonly label = byId('bewerk-label');
  private readonly position = byId('bewerk-plaats');
  private readonly save = byId<HTMLButtonElement>('bewerk-bewaar');
  private current: OwnFile | undefined;
  private lastProblems: ShownProblem[] = [];
  /** What the status line says, as words to fill in again in another language. */
  private statusWords: () => string = () => '';
  /** The lesson to choose in the list once the opened files are checked. */
  private chooseAfterCheck: string | undefined;

  constructor(private readonly app: App) {
    app.hasOwnLessons = () => [...this.files.values()].some((f) => f.path.startsWith('lessons/') && !f.path.startsWith('lessons/sources/'));
    app.onLessons.push((sets) => this.checked(sets));
    this.input.addEventListener('change', () => {
      void this.open([...(this.input.files ?? [])]);
      this.input.value = '';
    });
    this.zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      this.zone.classList.add('over');
    });
    this.zone.addEventListener('dragleave', () => this.zone.classList.remove('over'));
    this.zone.addEventListener('drop', (e) => {
      e.preventDefault();
      this.zone.classList.remove('over');
      void this.open([...(e.dataTransfer?.files ?? [])]);
    });
    this.chooser.addEventListener('change', () => this.edit(this.files.get(this.chooser.value)));
    const changed = debounce(350, () => void this.typed());
    this.text.addEventListener('input', () => {
      if (this.current) {
        this.current.text = this.text.value;
        this.current.edited = true;
      }
      changed();
    });
    for (const type of ['keyup', 'click', 'select', 'focus']) this.text.addEventListener(type, () => this.showPosition());
    this.save.addEventListener('click', () => this.download());
    byId('eigen-sluit').addEventListener('click', () => void this.close());
    window.addEventListener('beforeunload', (e) => {
      if ([...this.files.values()].some((f) => f.edited)) e.preventDefault();
    });
  }

  canOpen(p: ShownProblem): boolean {
    return p.path !== undefined && this.files.has(p.path.replace(/^\/school\//, ''));
  }

  open(p: ShownProblem): void;
  open(files: File[]): Promise<void>;
  open(what: ShownProblem | File[]): void | Promise<void> {
    if (Array.isArray(what)) return this.openFiles(what);
    const file = this.files.get((what.path ?? '').replace(/^\/school\//, ''));
    if (!file) return;
    this.edit(file);
    this.goTo(what.line ?? 1, what.col ?? 1);
  }

  reword(): void {
    this.status.textContent = this.statusWords();
    if (this.current) this.showCurrent();
    this.showPosition();
  }

  private async openFiles(chosen: File[]): Promise<void> {
    const wrong = chosen.filter((f) => !placeFor(f.name));
    const opened: OwnFile[] = [];
    for (const f of chosen) {
      const name = safeFileName(f.name);
      const path = placeFor(name);
      if (!path) continue;
      const bytes = await fileBytes(f);
      // The kit reads the bytes as they are (and says so when they are not UTF-8); the editor shows text.
      await this.app.kit.call('write', [{ path, content: bytes }], []);
      const file: OwnFile = { path, name, text: new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), edited: false };
      this.files.set(path, file);
      opened.push(file);
    }
    this.say(() => [opened.length > 0 ? t().ownLoaded(opened.map((f) => f.name).join(', ')) : '', ...wrong.map((f) => t().notLessonFile(f.name))].join(' ').trim());
    if (opened.length === 0) return;
    this.fillChooser();
    const lesson = opened.find((f) => f.path.endsWith('.yaml') || f.path.endsWith('.yml')) ?? [...this.files.values()].find((f) => !f.path.startsWith('lessons/sources/'));
    this.edit(lesson ?? opened[0]);
    this.chooseAfterCheck = lesson?.path;
    await this.app.refresh();
  }

  /** After each check: the own lesson's problems, with buttons to their lines. */
  private checked(sets: LessonSets): void {
    if (this.files.size === 0) {
      showProblems(this.problems, '', []);
      return;
    }
    const own = sets.sets.find((s) => s.set === (this.app.site.preview ? 'school' : 'own'));
    const mine = (file: string) => [...this.files.keys()].some((k) => file.endsWith(k));
    const failed = own?.failed.filter((f) => mine(f.file)) ?? [];
    this.lastProblems = [...sets.problems, ...failed.flatMap((f) => f.problems)];
    showProblems(this.problems, t().ownProblems(this.lastProblems.length), this.lastProblems, this);
    const good = own?.lessons.filter((l) => mine(l.file)) ?? [];
    if (this.lastProblems.length === 0 && good.length > 0) this.say(() => good.map((l) => t().ownValid(l.id)).join(' '));
    if (this.chooseAfterCheck) {
      const path = this.chooseAfterCheck;
      this.chooseAfterCheck = undefined;
      const set = this.app.site.preview ? 'school' : 'own';
      const lesson = good.find((l) => l.file.endsWith(path));
      const broken = failed.find((f) => f.file.endsWith(path));
      if (lesson) this.app.choose({ set, id: lesson.id });
      else if (broken) this.app.choose({ set, id: broken.name });
    }
  }

  private say(words: () => string): void {
    this.statusWords = words;
    this.status.textContent = words();
  }

  private async typed(): Promise<void> {
    const file = this.current;
    if (!file) return;
    await this.app.kit.call('write', [{ path: file.path, content: file.text }], []);
    await this.app.refresh();
  }

  private fillChooser(): void {
    this.chooser.replaceChildren(...[...this.files.values()].map((f) => el('option', { value: f.path }, f.path)));
    this.editor.hidden = false;
  }

  private edit(file: OwnFile | undefined): void {
    if (!file) return;
    this.current = file;
    this.chooser.value = file.path;
    this.text.value = file.text;
    this.showCurrent();
    this.showPosition();
  }

  private showCurrent(): void {
    const file = this.current!;
    this.label.textContent = t().editorText(file.path);
    this.save.textContent = t().saveFile(file.name);
  }

  /** Puts the cursor at a line and column and scrolls it into view. */
  private goTo(line: number, col: number): void {
    const lines = this.text.value.split('\n');
    const at = Math.min(Math.max(line, 1), lines.length);
    let offset = 0;
    for (let i = 0; i < at - 1; i++) offset += lines[i]!.length + 1;
    offset += Math.min(Math.max(col, 1), lines[at - 1]!.length + 1) - 1;
    this.text.focus();
    this.text.setSelectionRange(offset, offset);
    const height = parseFloat(getComputedStyle(this.text).lineHeight) || 20;
    this.text.scrollTop = Math.max(0, (at - 4) * height);
    this.showPosition();
  }

  private showPosition(): void {
    if (!this.current) return;
    const before = this.text.value.slice(0, this.text.selectionStart);
    const line = before.split('\n').length;
    const col = before.length - before.lastIndexOf('\n');
    this.position.textContent = t().editorPosition(line, col);
  }

  private download(): void {
    const file = this.current;
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.text], { type: 'text/plain;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: file.name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    file.edited = false;
  }

  private async close(): Promise<void> {
    await this.app.kit.call('write', [], [...this.files.keys()]);
    this.files.clear();
    this.current = undefined;
    this.lastProblems = [];
    this.editor.hidden = true;
    this.say(() => '');
    showProblems(this.problems, '', []);
    this.input.focus();
    await this.app.refresh();
  }
}
