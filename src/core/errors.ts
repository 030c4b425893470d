/**
 * Thrown when an option has a value the function cannot use. The message names the option,
 * the values it accepts and what it received, so the caller knows what to change.
 *
 * @example
 * try { normalize('x', { toneStyle: 'new' as never }); }
 * catch (e) { if (e instanceof VntextOptionError) console.log(e.option); } // 'toneStyle'
 */
export class VntextOptionError extends TypeError {
  override readonly name = 'VntextOptionError';
  /** Which function rejected the option, e.g. `'normalize'`. */
  readonly fn: string;
  /** The option's name, e.g. `'toneStyle'`. */
  readonly option: string;
  /** What the option accepts, in words, e.g. `"'classic' or 'modern'"`. */
  readonly expected: string;
  /** The value that was passed. */
  readonly received: unknown;

  constructor(fn: string, option: string, expected: string, received: unknown) {
    super(`${fn}: option \`${option}\` must be ${expected}; received ${describe(received)}.`);
    this.fn = fn;
    this.option = option;
    this.expected = expected;
    this.received = received;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/**
 * Thrown when the first argument is not a string (or, for byte APIs, not a Uint8Array).
 *
 * @example
 * try { tokenize(42 as never); }
 * catch (e) { if (e instanceof VntextInputError) console.log(e.message); }
 * // 'tokenize: expected a string or { text, alignment } as the first argument; received 42.'
 */
export class VntextInputError extends TypeError {
  override readonly name = 'VntextInputError';
  constructor(fn: string, expected: string, received: unknown) {
    super(`${fn}: expected ${expected} as the first argument; received ${describe(received)}.`);
  }
}
