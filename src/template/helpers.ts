import type { HelperDelegate } from 'handlebars';

/**
 * The few helpers templates need. Values reaching templates are already escaped for the
 * document language, so helpers only compare, count and join.
 */
export const HELPERS: Record<string, HelperDelegate> = {
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  not: (a: unknown) => !a,
  /** 1-based position in an {{#each}}: {{inc @index}}. */
  inc: (n: unknown) => Number(n) + 1,
  add: (a: unknown, b: unknown) => Number(a) + Number(b),
  /** {{join list ", "}} */
  join: (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''),
  /** {{#times 3}}…{{/times}} */
  times(n: unknown, options: Handlebars.HelperOptions) {
    let out = '';
    // A frame of the surrounding data, so @root and @index of outer blocks still work inside.
    for (let i = 0; i < Math.min(Number(n) || 0, 100); i++) out += options.fn(this, { data: { ...(options.data as object), index: i } });
    return out;
  },
};
