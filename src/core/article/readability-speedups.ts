/**
 * Speed-ups to @mozilla/readability 0.6, same results: each replaces one of Readability's methods
 * on its prototype with one that returns the same value for the same arguments and tree state,
 * and changes nothing in the document. Applied once; a method that is not there (a Readability
 * version that changed it) is left alone. The tests call each replacement beside the original at
 * every call of real runs, and compare whole runs.
 *
 * speedUpReadability (everywhere: the page, the offscreen document, the CLI): the byline check.
 * Until a byline is found, Readability asks of every node of the page whether it is the byline,
 * and its check reads the node's whole textContent before the cheap tests of its attributes and
 * class names. On a large page that is a walk of every subtree from every node: a quarter of
 * Readability's time on the largest test pages (CPU profile in Chromium). The replacement reads
 * the text only of nodes whose attributes or class names say "byline".
 *
 * The command line's own group, for jsdom, is in src/cli/readability-jsdom.ts.
 */
import { Readability } from '@mozilla/readability';

/** What Readability's methods find on `this`, as far as the replacements use it. */
export interface ReadabilitySelf {
  REGEXPS: { byline: RegExp; hashUrl: RegExp; normalize: RegExp };
  DIV_TO_P_ELEMS: Set<string>;
  ELEMENT_NODE: number;
  _getInnerText(e: Node, normalizeSpaces?: boolean): string;
}

export type Method = (this: ReadabilitySelf, ...args: never[]) => unknown;

export const readabilityPrototype = (Readability as unknown as { prototype: Record<string, unknown> }).prototype;

/** Readability's own methods that were replaced, by name: for the tests that compare the two. */
export const originalMethods: Record<string, Method> = {};
/** The replacements, by name. */
export const replacementMethods: Record<string, Method> = {};

/** Puts `fn` in place of Readability's method `name`, keeping the original for the tests. */
export function replaceReadabilityMethod(name: string, fn: Method): void {
  const original = readabilityPrototype[name];
  if (typeof original !== 'function' || original === fn) return;
  originalMethods[name] = original as Method;
  replacementMethods[name] = fn;
  readabilityPrototype[name] = fn;
}

/** Readability's own byline check, kept for the test that compares the two. */
export let originalIsValidByline: ((node: Element, matchString: string) => boolean) | undefined;

let applied = false;

export function speedUpReadability(): void {
  if (applied) return;
  applied = true;
  replaceReadabilityMethod('_isValidByline', isValidByline);
  originalIsValidByline = originalMethods._isValidByline as typeof originalIsValidByline;
}

function isValidByline(this: ReadabilitySelf, node: Element, matchString: string): boolean {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  const named =
    rel === 'author' || (itemprop !== null && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString);
  if (!named) return false;
  const length = (node.textContent ?? '').trim().length;
  return length > 0 && length < 100;
}
