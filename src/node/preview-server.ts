import { EventEmitter } from 'node:events';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { watch } from 'chokidar';
import { CONFIG_FILE_NAME } from '../config/find-config.js';
import { KitError, problem } from '../errors.js';
import type { Manifest } from '../web/web-kit.js';
import { siteFiles } from './web-site.js';

/** Only ever this address: the preview is for the person at this computer, never the network. */
export const PREVIEW_HOST = '127.0.0.1';

/** What a school folder holds that a build reads: lessons, sources, templates, config, logo. */
const SCHOOL_EXTENSIONS = new Set(['.yaml', '.yml', '.md', '.hbs', '.png', '.jpg', '.jpeg']);
/** Folders that are never input: built PDFs, packages, version control. */
const SKIPPED_FOLDERS = new Set(['output', 'node_modules', 'schema']);
const MAX_DEPTH = 6;
const MAX_FILES = 2000;
/** Larger than any lesson, template or logo gesprekskit accepts. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.hbs': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/**
 * Served as sw.js: a site of `gesprekskit web` once opened at this address left a service
 * worker that would keep serving its old copy. The browser fetches sw.js anew on every
 * visit; this one removes itself and that copy, then reloads the page from the preview.
 */
const REMOVE_SERVICE_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) if (name.startsWith('gesprekskit-')) await caches.delete(name);
  await self.registration.unregister();
  for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));
`;

export interface PreviewOptions {
  /** The school folder. */
  dir: string;
  /** 0: any free port. */
  port: number;
  /** Quiet time after a change on disk before the page hears of it (an editor's save counts once). */
  settleMs?: number;
}

export interface PreviewServer {
  url: string;
  /** Files that changed (relative to the folder), after each settled burst of changes. */
  on(event: 'change', listener: (files: string[]) => void): this;
  /** Resolves when the folder is being watched. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * `gesprekskit preview`: the web app of `gesprekskit web`, with the lessons, templates,
 * source texts, config and logo of a school folder, on 127.0.0.1 only. When a file changes,
 * open pages hear it (Server-Sent Events on /events) and load the folder's files again.
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const dir = resolve(options.dir);
  const site = await siteFiles();
  const emitter = new EventEmitter();
  const clients = new Set<ServerResponse>();
  let port = options.port;

  const manifest = (): Manifest & { preview: { folder: string; config?: string } } => {
    const school = schoolFiles(dir);
    const config = school.some((f) => f.path === CONFIG_FILE_NAME) ? CONFIG_FILE_NAME : undefined;
    return { ...site.manifest, school, preview: { folder: dir, ...(config ? { config } : {}) } };
  };

  const server = createServer((req, res) => {
    try {
      serve(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
    }
  });

  const serve = (req: IncomingMessage, res: ServerResponse): void => {
    // Another site in the browser may point a name of its own at 127.0.0.1 (DNS rebinding): only our own address is answered.
    const host = req.headers.host ?? '';
    if (host !== `${PREVIEW_HOST}:${port}` && host !== `localhost:${port}`) return void res.writeHead(403).end();
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
    } catch {
      return void res.writeHead(400).end();
    }
    if (path === 'events') return events(req, res);
    if (path === 'manifest.json') return send(res, '.json', JSON.stringify(manifest(), null, 2));
    if (path === 'sw.js') return send(res, '.js', REMOVE_SERVICE_WORKER);
    if (path.startsWith('school/')) {
      const wanted = path.slice('school/'.length);
      // Only what the manifest lists: never a class list, never a file outside the folder.
      if (!schoolFiles(dir).some((f) => f.path === wanted)) return void res.writeHead(404).end();
      try {
        return send(res, extname(wanted).toLowerCase(), readFileSync(join(dir, ...wanted.split('/'))));
      } catch {
        return void res.writeHead(404).end();
      }
    }
    const file = site.files.get(path === '' ? 'index.html' : path);
    if (!file) return void res.writeHead(404).end();
    send(res, extname(path || 'index.html'), file);
  };

  const events = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
  };

  await new Promise<void>((ready, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') fail(new KitError(problem('previewPortInUse', { port }), 2));
      else if (e.code === 'EACCES') fail(new KitError(problem('previewPortNotAllowed', { port }), 2));
      else fail(e);
    });
    server.listen(port, PREVIEW_HOST, () => ready());
  });
  port = (server.address() as AddressInfo).port;
  // Keeps the event streams open through proxies and sleeping laptops.
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(': ping\n\n');
  }, 20_000);
  heartbeat.unref();

  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const changed = (path: string) => {
    const rel = relative(dir, path).split(sep).join('/');
    if (rel.startsWith('..') || skipped(rel)) return;
    pending.add(rel);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending].sort();
      pending = new Set();
      const message = `event: change\ndata: ${JSON.stringify({ files })}\n\n`;
      for (const c of clients) c.write(message);
      emitter.emit('change', files);
    }, options.settleMs ?? 80);
  };
  const watcher = watch(dir, {
    ignoreInitial: true,
    depth: MAX_DEPTH,
    ignored: (path) => {
      const rel = relative(dir, path).split(sep).join('/');
      return rel !== '' && rel.split('/').some((part) => part.startsWith('.') || SKIPPED_FOLDERS.has(part));
    },
  });
  watcher.on('all', (_event, path) => changed(path));
  const ready = new Promise<void>((done) => watcher.once('ready', () => done()));

  const preview: PreviewServer = {
    url: `http://${PREVIEW_HOST}:${port}/`,
    ready,
    on(event, listener) {
      emitter.on(event, listener);
      return preview;
    },
    async close() {
      clearInterval(heartbeat);
      clearTimeout(timer);
      for (const c of clients) c.end();
      clients.clear();
      await watcher.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  return preview;
}

/** A change the page does not care about: a file that is not input, in a folder that is not. */
function skipped(rel: string): boolean {
  const parts = rel.split('/');
  if (parts.some((p) => p.startsWith('.') || SKIPPED_FOLDERS.has(p))) return true;
  const ext = extname(rel).toLowerCase();
  // A folder (no extension) may have been made or removed with input in it.
  return ext !== '' && !SCHOOL_EXTENSIONS.has(ext);
}

/**
 * The school folder's input files, read fresh for each manifest: lessons and their sources,
 * templates, the config and the logo (any PNG or JPEG). Class lists (CSV) never.
 */
function schoolFiles(dir: string): { path: string; bytes: number }[] {
  const found: { path: string; bytes: number }[] = [];
  const walk = (folder: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (found.length >= MAX_FILES || e.name.startsWith('.')) continue;
      const full = join(folder, e.name);
      if (e.isDirectory()) {
        if (depth < MAX_DEPTH && !SKIPPED_FOLDERS.has(e.name)) walk(full, depth + 1);
        continue;
      }
      if (!e.isFile() || !SCHOOL_EXTENSIONS.has(extname(e.name).toLowerCase())) continue;
      const size = lstatSync(full).size;
      if (size <= MAX_FILE_BYTES) found.push({ path: relative(dir, full).split(sep).join('/'), bytes: size });
    }
  };
  walk(dir, 0);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function send(res: ServerResponse, ext: string, body: string | Uint8Array): void {
  res.writeHead(200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    // Files change on disk: the browser asks again every time.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}
