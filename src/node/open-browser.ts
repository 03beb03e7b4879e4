import { spawn } from 'node:child_process';

/**
 * Opens a URL in the desktop's browser, where there is a desktop: macOS, Windows, or a Linux
 * session with a display. Returns false where there is none (a server, a container, SSH)
 * or the opener is missing; the caller then only prints the address.
 */
export function openBrowser(url: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  const command = opener(url, env, platform);
  if (!command) return false;
  try {
    const child = spawn(command[0], command[1], { detached: true, stdio: 'ignore', windowsHide: true });
    // No opener installed (xdg-open missing): the address is printed anyway.
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

/** The program that opens a URL on this platform, or none without a desktop. */
export function opener(url: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): [string, string[]] | undefined {
  if (platform === 'darwin') return ['open', [url]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return ['xdg-open', [url]];
  return undefined;
}
