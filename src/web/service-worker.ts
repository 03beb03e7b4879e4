/**
 * sw.js: keeps the whole site in the browser's cache on the first visit, so the page, the
 * kit, the fonts and pdf.js work without a network afterwards. `gesprekskit web` writes
 * SITE in front of this script: the version (a hash of every file) and the files. A new
 * site is a new sw.js: the browser installs it next to the old one and switches when no
 * page of the old one is open, then the old cache goes.
 */
declare const SITE: { version: string; files: string[] };

interface ExtendableEvent {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
declare const self: {
  location: { href: string };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  clients: { claim(): Promise<void> };
};
declare const caches: {
  open(name: string): Promise<{ addAll(requests: string[]): Promise<void>; match(request: Request | string, options?: { ignoreSearch?: boolean }): Promise<Response | undefined> }>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<boolean>;
};

const CACHE = `gesprekskit-${SITE.version}`;
const root = new URL('./', self.location.href);

self.addEventListener('install', (event) => {
  // Every file of the site, or none: a half-filled cache would fail offline later.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SITE.files.map((f) => new URL(f, root).href))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('gesprekskit-') && name !== CACHE) await caches.delete(name);
      // The first visit's page is served from the cache from now on too (fonts come later).
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(root.href)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = (await cache.match(request, { ignoreSearch: true })) ?? (request.mode === 'navigate' ? await cache.match(root.href) : undefined);
      return hit ?? fetch(request);
    })(),
  );
});
