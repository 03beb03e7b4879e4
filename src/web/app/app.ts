import type { PdfFile } from '../../kit/build-in-memory.js';
import type { LessonInfo, Settings, ShownProblem } from '../web-kit.js';
import type { LessonSet, LessonSetRequest, LessonSets, SiteInfo } from '../worker-protocol.js';
import { byId, debounce, el } from './dom.js';
import { KitBug, ProblemsError, type KitClient } from './kit-client.js';
import type { Preview } from './preview.js';
import { showBug, showProblems } from './problems.js';
import type { SchoolForm } from './school-form.js';
import { t } from './words.js';

/** Where the shipped lessons and the page's own lessons are in the kit's memory. */
const SHIPPED_LESSONS = '/gesprekskit/lessons';
export const OWN_LESSONS = '/school/lessons';

/** A lesson in the "Les" list: its set, and its id (or, for one that does not load, its name). */
export interface Selected {
  set: LessonSet;
  id: string;
}

/** A lesson of a set: loaded, or not (with its problems). */
export type ListedLesson = { set: LessonSet; id: string; info: LessonInfo } | { set: LessonSet; id: string; problems: ShownProblem[]; file: string };

/**
 * The page's state and the one way it flows: settings, files or the chosen lesson change →
 * the lessons are checked again → the preview is built again (worksheet first). Builds run
 * in the kit worker; a newer change makes older work stop at the next piece.
 */
export class App {
  lessons: ListedLesson[] = [];
  selected: Selected | undefined;
  /** Worksheets as PDF forms (build --fillable): the checkbox under "PDF's maken". */
  fillable = false;
  /** The page's own lessons (for the list): set by the "Eigen les" panel. */
  hasOwnLessons = () => false;
  /** Listeners for every refresh of the lessons (own-lesson problems, the make button). */
  readonly onLessons: ((sets: LessonSets) => void)[] = [];
  /** Listeners for any change that makes built PDFs stale (downloads are cleared). */
  readonly onStale: (() => void)[] = [];
  private generation = 0;
  private readonly cache = new Map<string, PdfFile>();
  private readonly select = byId<HTMLSelectElement>('les');
  private readonly failedBox = byId('les-fouten');
  readonly refreshSoon = debounce(300, () => void this.refresh());

  constructor(
    readonly kit: KitClient,
    readonly site: SiteInfo,
    readonly school: SchoolForm | undefined,
    private readonly preview: Preview,
  ) {
    this.select.addEventListener('change', () => {
      const [set, ...id] = this.select.value.split(':');
      this.selected = { set: set as LessonSet, id: id.join(':') };
      this.showFacts();
      this.stale();
      void this.refreshPreview(++this.generation);
    });
  }

  /** The kit's settings for a set of lessons: the page's school settings, or a school folder's config. */
  settingsFor(set: LessonSet): Settings {
    const fillable = this.fillable ? { fillable: true } : {};
    if (set === 'school') return { ...(this.site.preview?.config ? { config: this.site.preview.config } : {}), ...fillable };
    const s = this.school!.settings;
    return {
      ...fillable,
      school: { name: s.name.trim(), contact: s.contact.trim(), logo: this.school!.logoPath() ?? '' },
      pageSize: s.pageSize,
      font: s.font,
      largePrint: s.largePrint,
      labels: s.labels,
      ...(s.accent ? { accent: s.accent } : {}),
      lessonsDir: set === 'own' ? OWN_LESSONS : SHIPPED_LESSONS,
    };
  }

  /** The chosen lesson, if it is in the list. */
  current(): ListedLesson | undefined {
    const s = this.selected;
    return s ? this.lessons.find((l) => l.set === s.set && l.id === s.id) : undefined;
  }

  /** A piece of a lesson, built once per lesson, settings and state of the files. */
  async piece(lesson: ListedLesson & { info: LessonInfo }, piece: string): Promise<PdfFile> {
    const settings = this.settingsFor(lesson.set);
    const key = JSON.stringify([this.kit.writes, lesson.set, lesson.id, piece, settings]);
    let pdf = this.cache.get(key);
    if (!pdf) {
      pdf = await this.kit.call('piece', lesson.id, piece, settings);
      if (this.cache.size > 24) this.cache.clear();
      this.cache.set(key, pdf);
    }
    return pdf;
  }

  /** Checks the lessons again and builds the preview again. */
  async refresh(): Promise<void> {
    const mine = ++this.generation;
    this.stale();
    await this.refreshLessons();
    if (mine === this.generation) await this.refreshPreview(mine);
  }

  /** Something changed: PDFs made before no longer match. */
  stale(): void {
    for (const l of this.onStale) l();
  }

  async refreshLessons(): Promise<void> {
    const requests: LessonSetRequest[] = this.site.preview
      ? [{ set: 'school', settings: this.settingsFor('school') }]
      : [{ set: 'shipped', settings: this.settingsFor('shipped') }, ...(this.hasOwnLessons() ? [{ set: 'own' as const, settings: this.settingsFor('own') }] : [])];
    let sets: LessonSets;
    try {
      sets = await this.kit.call('lessons', requests);
    } catch (e) {
      if (e instanceof KitBug) return showBug(this.failedBox, e.message);
      throw e;
    }
    this.lessons = sets.sets.flatMap(({ set, lessons, failed }) => [
      ...lessons.map((info): ListedLesson => ({ set, id: info.id, info })),
      ...failed.map((f): ListedLesson => ({ set, id: f.name, problems: f.problems, file: f.file })),
    ]);
    this.fillSelect(sets);
    // What stops a whole set (a broken config) shows under "Les"; a broken lesson's own problems show in its preview.
    showProblems(this.failedBox, t().problemsHeading, sets.problems);
    for (const l of this.onLessons) l(sets);
  }

  /** Selects a lesson (after opening an own lesson) and shows its preview. */
  choose(selected: Selected): void {
    this.selected = selected;
    this.select.value = `${selected.set}:${selected.id}`;
    this.showFacts();
  }

  async refreshPreview(mine = ++this.generation): Promise<void> {
    const lesson = this.current();
    if (!lesson) {
      this.preview.clear();
      return;
    }
    if ('problems' in lesson) {
      this.preview.fail(lesson.problems);
      return;
    }
    this.preview.start(lesson.info.pieces);
    for (const piece of lesson.info.pieces) {
      if (mine !== this.generation) return;
      try {
        const pdf = await this.piece(lesson, piece);
        if (mine !== this.generation) return;
        this.preview.show(pdf).catch((e: unknown) => this.preview.bug(e instanceof Error ? e.message : String(e)));
      } catch (e) {
        if (mine !== this.generation) return;
        if (e instanceof ProblemsError) return this.preview.fail(e.problems);
        if (e instanceof KitBug) return this.preview.bug(e.message);
        throw e;
      }
    }
    if (mine === this.generation) this.preview.finished();
  }

  /** The page's language changed: the list and the facts in the new words. */
  reword(): void {
    this.preview.reword();
    void this.refreshLessons().then(() => {
      this.showFacts();
      // A lesson that cannot be made: its problems again, in the new language.
      const lesson = this.current();
      if (lesson && 'problems' in lesson) this.preview.refail(lesson.problems);
    });
  }

  private fillSelect(sets: LessonSets): void {
    const words = t();
    const groups = sets.sets.map(({ set, lessons, failed }) => {
      const label = set === 'shipped' ? words.shippedLessons : set === 'own' ? words.ownLessons : words.schoolLessons;
      const options = [
        ...lessons.map((l) => el('option', { value: `${set}:${l.id}` }, words.lessonOption(l.title, l.theme, l.duration))),
        ...failed.map((f) => el('option', { value: `${set}:${f.name}` }, words.lessonBroken(f.name))),
      ];
      return sets.sets.length > 1 ? el('optgroup', { label }, ...options) : options;
    });
    this.select.replaceChildren(...groups.flat());
    const keep = this.current();
    if (!keep) {
      const first = this.lessons.find((l) => 'info' in l) ?? this.lessons[0];
      this.selected = first ? { set: first.set, id: first.id } : undefined;
    }
    if (this.selected) this.select.value = `${this.selected.set}:${this.selected.id}`;
    this.select.disabled = this.lessons.length === 0;
    this.showFacts();
  }

  private showFacts(): void {
    const lesson = this.current();
    const info = lesson && 'info' in lesson ? lesson.info : undefined;
    byId('les-titel').textContent = info?.title ?? (lesson ? t().lessonBroken(lesson.id) : t().noLessons);
    byId('les-thema').textContent = info?.theme ?? '–';
    byId('les-duur').textContent = info ? t().minutes(info.duration) : '–';
  }
}
