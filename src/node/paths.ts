import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root, the same from src/ (tests, tsx) and from dist/ (the installed CLI). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILTIN_LESSONS = join(PACKAGE_ROOT, 'lessons');
export const BUILTIN_SOURCES = join(BUILTIN_LESSONS, 'sources');
export const BUILTIN_TEMPLATES = join(PACKAGE_ROOT, 'templates');
export const BUILTIN_SCHEMAS = join(PACKAGE_ROOT, 'schema');
