import type { Lang } from '../../messages/define.js';
import { PAGE_WORDS, type PageWords } from '../../messages/page-words.js';
import { remember, recall } from './storage.js';

/** The page's language: Dutch unless the reader chose English (remembered). */
let lang: Lang = recall('taal') === 'en' ? 'en' : 'nl';
const listeners: ((lang: Lang) => void)[] = [];

export function currentLang(): Lang {
  return lang;
}

/** The words of the page in its current language. */
export function t(): PageWords {
  return PAGE_WORDS[lang];
}

export function onLangChange(listener: (lang: Lang) => void): void {
  listeners.push(listener);
}

export function setLang(to: Lang): void {
  lang = to;
  remember('taal', to);
  applyWords();
  for (const l of listeners) l(to);
}

/** Puts the words of the current language into every element marked in index.html. */
export function applyWords(): void {
  const words = t();
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-w]')) {
    const value = words[node.dataset.w as keyof PageWords];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-w-label]')) {
    const value = words[node.dataset.wLabel as keyof PageWords];
    if (typeof value === 'string') node.setAttribute('aria-label', value);
  }
  for (const node of document.querySelectorAll<HTMLOptionElement>('option[data-w-option]')) {
    const [group, key] = (node.dataset.wOption ?? '').split('.');
    const table = group ? (words[group as keyof PageWords] as Record<string, string> | undefined) : undefined;
    if (table && key && table[key]) node.textContent = table[key];
  }
  // The switch names the other language, in that language.
  const other = document.getElementById('taal');
  if (other) other.lang = lang === 'nl' ? 'en' : 'nl';
}
