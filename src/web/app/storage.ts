/**
 * What the page remembers on this device (localStorage): the school settings and the page's
 * language. Never a class list or a student's name. A browser that refuses storage (private
 * mode, full) just forgets.
 */
const PREFIX = 'gesprekskit.';

export function remember(key: string, value: string): boolean {
  try {
    localStorage.setItem(PREFIX + key, value);
    return true;
  } catch {
    return false;
  }
}

export function recall(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function forget(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing stored, nothing to forget
  }
}
