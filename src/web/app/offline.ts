import { byId } from './dom.js';
import { t } from './words.js';

/**
 * After the first visit the page works without a network: a service worker (sw.js, written
 * by `gesprekskit web` with the list of every file of the site) keeps a copy of the whole
 * site. Not in a preview, whose files change on disk.
 */
export async function workOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register('sw.js', { scope: './' });
    const fresh = !navigator.serviceWorker.controller;
    await navigator.serviceWorker.ready;
    if (fresh) {
      const footer = byId('voet');
      footer.append(' ', t().offlineReady);
    }
    document.documentElement.setAttribute('data-offline', registration.active ? 'ready' : 'installing');
  } catch {
    // Without a service worker (a file:// page, a browser that refuses) the page still works online.
  }
}
