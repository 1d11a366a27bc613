/**
 * Flag emoji are pairs of regional-indicator letters. A system without a font that joins them
 * draws two empty boxes (or two letters) instead of a flag: there the sidebar leaves them out.
 */

const FLAG = / ?\p{Regional_Indicator}{2}/gu;

let drawable: boolean | null = null;

/**
 * Whether this browser draws a flag: with such a font a flag is one glyph about as wide as one
 * regional indicator on its own; without, the pair is two glyphs side by side.
 */
export function flagsRender(doc: Document): boolean {
  if (drawable !== null) return drawable;
  drawable = false;
  try {
    const ctx = doc.createElement('canvas').getContext('2d');
    if (ctx) {
      ctx.font = '20px sans-serif';
      const pair = ctx.measureText('\u{1F1EB}\u{1F1F7}').width;
      const one = ctx.measureText('\u{1F1EB}').width;
      drawable = pair > 0 && pair < one * 1.5;
    }
  } catch {
    /* no canvas: leave flags out */
  }
  return drawable;
}

export function hasFlag(text: string): boolean {
  FLAG.lastIndex = 0;
  return FLAG.test(text);
}

/** `text` without its flag emoji (and the space before each). */
export function withoutFlags(text: string): string {
  return text.replace(FLAG, '').trimStart();
}

/** `text` as this browser can show it: its flags only where they render. */
export function flagsIfDrawn(text: string, doc: Document): string {
  return hasFlag(text) && !flagsRender(doc) ? withoutFlags(text) : text;
}
