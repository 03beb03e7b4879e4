/**
 * A template may loop, but not without end: {{#times 100}} five deep is ten billion
 * rounds, which used to fill the memory for minutes and then kill Node. Every round of a
 * loop ({{#each}}, {{#times}}) is counted, with the text it made; past the limit the render
 * stops with the place of the loop. Real templates stay far below (the whole default kit
 * makes a few thousand rounds and under a megabyte).
 */
export const MAX_LOOP_ROUNDS = 200_000;
export const MAX_LOOP_CHARS = 20_000_000;

/** Where a block starts in a template, as Handlebars passes it to helpers. */
export interface TemplateLoc {
  start: { line: number; column: number };
}

export class EndlessTemplateError extends Error {
  constructor(
    readonly loc: TemplateLoc | undefined,
    readonly limit: 'rounds' | 'chars',
  ) {
    super('template loop limit reached');
  }
}

export class LoopBudget {
  private rounds = 0;
  private chars = 0;

  reset(): void {
    this.rounds = 0;
    this.chars = 0;
  }

  /** One round of a loop made `out`. */
  spend(out: string, loc: TemplateLoc | undefined): void {
    this.rounds++;
    this.chars += out.length;
    if (this.rounds > MAX_LOOP_ROUNDS) throw new EndlessTemplateError(loc, 'rounds');
    if (this.chars > MAX_LOOP_CHARS) throw new EndlessTemplateError(loc, 'chars');
  }
}

/** A partial that includes itself, directly or through others. */
export class PartialLoopError extends Error {
  constructor(readonly partials: readonly string[]) {
    super('partial includes itself');
  }

  /** The cycle, from the partial that starts it back to itself: a → b → a. */
  get chain(): string[] {
    const last = this.partials[this.partials.length - 1]!;
    const first = this.partials.indexOf(last);
    return this.partials.slice(first);
  }
}

/** Deeper than any real nesting of partials (the default templates go three deep). */
export const MAX_PARTIAL_DEPTH = 40;
