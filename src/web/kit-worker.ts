/**
 * The kit worker: the pipeline in a Web Worker, so building a lesson or a class set never
 * freezes the page. It imports the site's gesprekskit.js (the same bundle a page or a test
 * may import itself) and answers the requests of src/web/worker-protocol.ts.
 */
import { KitError, readSchoolConfig, SCHOOL_ROOT, shownProblems, WebKit, writeSchoolConfig, zipFiles, type Lang, type Manifest, type PdfFile } from './gesprekskit.js';
import type { KitApi, KitRequest, KitResponse, LessonSets } from './worker-protocol.js';

/** The little of a dedicated worker's global scope this file uses (the project's lib has no DOM). */
declare const self: {
  onmessage: ((event: { data: KitRequest }) => void) | null;
  postMessage(message: KitResponse, transfer?: ArrayBuffer[]): void;
};

let kit: WebKit | undefined;
let lang: Lang = 'nl';
let manifest: (Manifest & { preview?: { folder: string; config?: string } }) | undefined;
let base = '';
/** Where the school's files are, as the preview server serves them. */
let schoolFiles: string[] = [];

function ready(): WebKit {
  if (!kit) throw new Error('the kit is not loaded yet');
  return kit;
}

async function fetchBytes(path: string): Promise<Uint8Array> {
  // A preview's files change on disk: never an old copy from the browser's cache.
  const response = await fetch(new URL(path, base), { cache: 'no-store' } as RequestInit);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

const api: KitApi = {
  async load(at) {
    base = new URL('./', at).href;
    kit = await WebKit.load(base);
    manifest = kit.manifest as typeof manifest;
    schoolFiles = (manifest?.school ?? []).map((f) => f.path);
    return { version: manifest!.version, ...(manifest?.preview ? { preview: manifest.preview } : {}) };
  },

  setLang(to) {
    lang = to;
  },

  write(add, remove) {
    const k = ready();
    // The page only ever writes into the working folder, never over the shipped kit.
    for (const path of [...remove, ...add.map((f) => f.path)]) {
      if (!k.files.resolve(SCHOOL_ROOT, path).startsWith(SCHOOL_ROOT + '/')) throw new Error(`not in the working folder: ${path}`);
    }
    for (const path of remove) k.removeFile(path);
    for (const f of add) k.addFile(f.path, f.content);
  },

  async reloadSchool() {
    const k = ready();
    const fresh = JSON.parse(new TextDecoder().decode(await fetchBytes('manifest.json'))) as Manifest;
    const now = (fresh.school ?? []).map((f) => f.path);
    const contents = await Promise.all(now.map((path) => fetchBytes(`school/${path.split('/').map(encodeURIComponent).join('/')}`)));
    for (const path of schoolFiles) if (!now.includes(path)) k.removeFile(path);
    now.forEach((path, i) => k.addFile(path, contents[i]!));
    schoolFiles = now;
  },

  lessons(sets) {
    const k = ready();
    const out: LessonSets = { sets: [], problems: [] };
    for (const { set, settings } of sets) {
      try {
        const { lessons, failed } = k.validate(settings, lang);
        out.sets.push({ set, lessons, failed });
      } catch (e) {
        out.problems.push(...shownProblems(e, lang));
      }
    }
    return out;
  },

  piece: (lesson, piece, settings) => ready().buildPiece(lesson, piece, settings),

  classSet: (lesson, roster, settings, split) => ready().buildClassSet(lesson, roster, settings, split, progress),

  roster: (path) => ready().readRoster(path),

  readConfig: (path) => readSchoolConfig(ready().files, ready().files.resolve(SCHOOL_ROOT, path)),

  writeConfig: (settings) => writeSchoolConfig(settings),

  zip: (files) => zipFiles(files),
};

/** Progress of the request being answered (one at a time: requests are handled in order). */
let current = 0;
let lastProgress = 0;
function progress(done: number, total: number): void {
  // A few updates a second are plenty for a progress bar.
  const now = Date.now();
  if (done < total && now - lastProgress < 100) return;
  lastProgress = now;
  self.postMessage({ id: current, progress: [done, total] });
}

/** The ArrayBuffers of the PDFs (and ZIPs) in an answer: moved to the page, not copied. */
function transferables(value: unknown, out: ArrayBuffer[] = []): ArrayBuffer[] {
  if (value instanceof Uint8Array) {
    if (value.buffer instanceof ArrayBuffer && !out.includes(value.buffer)) out.push(value.buffer);
  } else if (Array.isArray(value)) {
    for (const v of value) transferables(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) transferables(v, out);
  }
  return out;
}

let queue: Promise<void> = Promise.resolve();

self.onmessage = (event) => {
  const { id, method, args } = event.data;
  // One request after the other: a build's files are not changed under it.
  queue = queue.then(async () => {
    current = id;
    try {
      const result = await (api[method] as (...a: unknown[]) => unknown)(...args);
      // A PDF's bytes may be a view on a bigger buffer: hand over a buffer of its own.
      self.postMessage({ id, result }, transferables(own(result)));
    } catch (e) {
      if (e instanceof KitError) self.postMessage({ id, problems: shownProblems(e, lang) });
      else self.postMessage({ id, bug: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  });
};

/** PDFs whose bytes share a buffer with something else are copied once, so moving them is safe. */
function own<T>(value: T): T {
  const fix = (pdf: PdfFile) => {
    if (pdf.bytes.byteOffset !== 0 || pdf.bytes.byteLength !== pdf.bytes.buffer.byteLength) pdf.bytes = pdf.bytes.slice();
  };
  const visit = (v: unknown): void => {
    if (v && typeof v === 'object') {
      if ('bytes' in v && (v as PdfFile).bytes instanceof Uint8Array) fix(v as PdfFile);
      else if (Array.isArray(v)) v.forEach(visit);
      else Object.values(v).forEach(visit);
    }
  };
  if (value instanceof Uint8Array) return (value.byteOffset !== 0 || value.byteLength !== value.buffer.byteLength ? value.slice() : value) as T;
  visit(value);
  return value;
}
