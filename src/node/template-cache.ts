import { createHash } from 'node:crypto';
import { COMPILE_OPTIONS, useTemplateCodeStore } from '../template/environment.js';
import { DiskCache } from './disk-cache.js';
import { libraryVersion } from './shaping-cache.js';

/**
 * Compiled templates kept between runs: one entry per template file, keyed by its exact text,
 * the Handlebars version and the compile options. The code is what Handlebars' compiler
 * makes of that text; it runs as the template would (see template/environment.ts).
 */
export function useTemplateCache(dir: string | undefined): void {
  if (!dir) {
    useTemplateCodeStore(undefined);
    return;
  }
  const disk = new DiskCache(dir);
  const version = `handlebars@${libraryVersion('handlebars')} ${JSON.stringify(COMPILE_OPTIONS)}`;
  const slot = (file: string) => createHash('sha256').update(file).digest('hex').slice(0, 32);
  const key = (text: string) => `${version} ${createHash('sha256').update(text).digest('hex')}`;
  useTemplateCodeStore({
    get: (file, text) => disk.read<string>('templates', slot(file), key(text)),
    put: (file, text, code) => disk.write('templates', slot(file), key(text), code),
  });
}
