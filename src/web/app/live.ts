import type { App } from './app.js';
import { byId } from './dom.js';
import { t } from './words.js';

/**
 * `gesprekskit preview`: the server says (Server-Sent Events) when a file in the school
 * folder changed; the page loads the folder's files again and shows the new state: new
 * pages, or the problems with file:line:col and the hint. No reload.
 */
export function followSchoolFolder(app: App): void {
  const live = byId('live');
  const folder = app.site.preview!.folder;
  live.hidden = false;
  live.textContent = t().liveConnected(folder);
  let lastUpdate = '';
  let updates = 0;
  const events = new EventSource(new URL('events', location.href));
  let busy: Promise<void> = Promise.resolve();
  events.addEventListener('change', () => {
    // Changes come one after the other; each waits for the one before.
    busy = busy.then(async () => {
      await app.kit.call('reloadSchool');
      await app.refresh();
      lastUpdate = new Date().toLocaleTimeString(document.documentElement.lang);
      live.textContent = `${t().liveConnected(folder)} ${t().liveUpdated(lastUpdate)}`;
      // How many changes the page has shown: tests and the bench wait for the next one.
      updates++;
      document.documentElement.setAttribute('data-live-updates', String(updates));
    });
  });
  events.addEventListener('error', () => {
    if (events.readyState === EventSource.CLOSED) live.textContent = t().liveLost;
  });
  // Tests and the bench wait for this: the page listens.
  events.addEventListener('open', () => document.documentElement.setAttribute('data-live', 'open'));
}
