import { VntextInputError, VntextOptionError } from './errors.js';

/** Throws {@link VntextInputError} unless `input` is a string. */
export function assertText(fn: string, input: unknown): asserts input is string {
  if (typeof input !== 'string') throw new VntextInputError(fn, 'a string', input);
}

/**
 * Reads the options object, rejecting anything that is not a plain object and any key the
 * function does not know (a misspelt option silently ignored is a bug the caller never sees).
 */
export function readOptions<T extends object>(
  fn: string,
  options: unknown,
  known: readonly (keyof T & string)[],
): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new VntextOptionError(fn, 'options', 'an object or undefined', options);
  }
  for (const key of Object.keys(options)) {
    if (!(known as readonly string[]).includes(key)) {
      const expected = known.length === 0 ? `absent (${fn} takes no options)` : `one of the known options (${known.join(', ')})`;
      throw new VntextOptionError(fn, key, expected, key);
    }
  }
  return options as Partial<T>;
}

/** Returns `value` if it is one of `allowed`, `fallback` if undefined; otherwise throws. */
export function oneOf<V extends string>(
  fn: string,
  option: string,
  value: unknown,
  allowed: readonly V[],
  fallback: V,
): V {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as V;
  throw new VntextOptionError(fn, option, allowed.map((a) => `'${a}'`).join(' or '), value);
}

/** Returns a boolean option, `fallback` if undefined; otherwise throws. */
export function flag(fn: string, option: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new VntextOptionError(fn, option, 'true or false', value);
}
