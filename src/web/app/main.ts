/**
 * The page of `gesprekskit web` and `gesprekskit preview` (index.html, src/node/web-page.ts):
 * choose a lesson, set the school, load a class list, see every piece, make the PDFs, and
 * open an own lesson. The pipeline runs in a worker (kit-worker.js); this thread only keeps
 * the page responsive. Nothing typed or opened leaves the device.
 */
import { App } from './app.js';
import { byId } from './dom.js';
import { KitClient } from './kit-client.js';
import { followSchoolFolder } from './live.js';
import { MakePanel } from './make-panel.js';
import { workOffline } from './offline.js';
import { OwnLesson } from './own-lesson.js';
import { Preview } from './preview.js';
import { RosterPanel } from './roster-panel.js';
import { SchoolForm } from './school-form.js';
import { applyWords, currentLang, onLangChange, setLang, t } from './words.js';

async function start(): Promise<void> {
  applyWords();
  const startNotice = byId('start');
  if (typeof Worker === 'undefined') throw new Error('Web Workers');
  const kit = new KitClient(new URL('./kit-worker.js', import.meta.url));
  await kit.call('setLang', currentLang());
  const site = await kit.call('load', location.href);

  const school = site.preview ? undefined : new SchoolForm(kit, () => app.refreshSoon());
  const preview = new Preview(byId('stukken'), byId('voorbeeld-status'), byId('voorbeeld-fouten'));
  const app = new App(kit, site, school, preview);
  const roster = new RosterPanel(kit, () => app.stale());
  const make = new MakePanel(app, roster);
  const own = new OwnLesson(app);

  if (school) {
    await school.start();
  } else {
    // A school folder's config decides: the page shows where, and no fields that would not count.
    byId('school-velden').hidden = true;
    const note = byId('school-uit-map');
    note.hidden = false;
    const showNote = () => (note.textContent = site.preview?.config ? t().previewSettings(site.preview.config) : t().previewNoConfig);
    showNote();
    onLangChange(showNote);
  }

  const fillable = byId<HTMLInputElement>('invulbaar');
  fillable.addEventListener('change', () => {
    app.fillable = fillable.checked;
    void app.refresh();
  });

  byId('taal').addEventListener('click', () => setLang(currentLang() === 'nl' ? 'en' : 'nl'));
  onLangChange(async (lang) => {
    await kit.call('setLang', lang);
    app.reword();
    school?.reword();
    make.reword();
    own.reword();
    await roster.reword();
    byId('voet').textContent = t().footer(site.version);
  });

  // Ready once the lessons are listed; the preview follows (worksheet first) while the page is in use.
  await app.refreshLessons();
  make.enable(true);
  startNotice.hidden = true;
  startNotice.textContent = '';
  document.documentElement.setAttribute('data-ready', 'true');
  void app.refreshPreview();
  if (site.preview) followSchoolFolder(app);
  else void workOffline();
}

start().catch((e: unknown) => {
  const notice = document.getElementById('start');
  if (notice) {
    notice.hidden = false;
    notice.textContent = t().failedToStart(e instanceof Error ? e.message : String(e));
  }
  document.documentElement.setAttribute('data-ready', 'failed');
});
