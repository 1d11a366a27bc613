/** One paragraph of an article as the furniture rules (boilerplate.ts and its parts) read it. */
import type { Paragraph } from './text-builder';

export interface Para {
  p: Paragraph;
  text: string;
  words: number;
  /** Share of its words inside links (0..1). */
  linked: number;
  allLink: boolean;
  heading: number;
  region: Element | null;
  /** The element whose markup names its block furniture (byline, share bar...), or null. */
  furniture: Element | null;
  /** Inside a <blockquote>. */
  quoted: boolean;
}

/** A line shaped like a headline: no full stop at its end. */
export function isHeadline(x: Para): boolean {
  return !/[.!?:;]["”’)]?$/.test(x.text.trim());
}
