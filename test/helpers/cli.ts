import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the CLI in-process, as a user would type it, capturing what it prints. The
 * environment is empty unless given, so the CLI speaks its default language (Dutch) whatever
 * the machine's locale; pass `--lang en` or `{ GESPREKSKIT_LANG: 'en' }` for English.
 */
export async function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd, env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
