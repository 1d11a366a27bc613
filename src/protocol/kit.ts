/**
 * The few pieces every message schema is built from (valibot): a message is data from another
 * context, so each one is checked against its schema before anything acts on it, and anything
 * that does not fit is refused whole.
 */
import * as v from 'valibot';

/** An object as JSON or structured clone make them: not an array, not a class instance. */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
}

/** A plain object with exactly these keys (each optional one may be left out). */
export const exactObject = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(v.custom<Record<string, unknown>>(isPlainObject), v.strictObject(entries));

/** A schema of any input, whatever its output (what a table of message schemas holds). */
export type AnySchema = v.GenericSchema<unknown, unknown>;

/** `raw` read by `schema`, or null when it does not fit. */
export function parseWith<S extends AnySchema>(schema: S, raw: unknown): v.InferOutput<S> | null {
  const r = v.safeParse(schema, raw);
  return r.success ? r.output : null;
}

declare const jsonOf: unique symbol;
/**
 * JSON text of a T. Large answers travel as one string: Chrome turns a message's every array and
 * string into a value of its own (a long task for a large tree), where one string costs next to
 * nothing. The type says what the text holds; `decodeJson` reads it back through a check.
 */
export type JsonText<T> = string & { readonly [jsonOf]: T };

/** The JSON text of `value`, typed with what it holds. */
export const encodeJson = <T>(value: T): JsonText<T> => JSON.stringify(value) as JsonText<T>;

/** Text already known to be JSON of a T (made by one of the protocol's own encoders). */
export const asJsonText = <T>(text: string): JsonText<T> => text as JsonText<T>;

/** A string as a JsonText<T> (unchecked: `decodeJson` checks what it holds). */
export const jsonText = <T>() =>
  v.pipe(
    v.string(),
    v.transform((s) => asJsonText<T>(s)),
  );

/**
 * What `read` makes of the value in a JSON text, or null when the text is not JSON or `read`
 * refuses what it holds: the only place a message's JSON text is parsed.
 */
export function decodeJson<T>(text: unknown, read: (x: unknown) => T | null): T | null {
  if (typeof text !== 'string') return null;
  let x: unknown;
  try {
    x = JSON.parse(text);
  } catch {
    return null;
  }
  return read(x);
}
