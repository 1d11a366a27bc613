/**
 * The `::highlight()` rules for names and quotes in the page. The colours are translucent tints
 * plus an underline in the type's hue: the page's own text colour stays, so contrast is kept on
 * light and dark pages alike; the tint strength is chosen by the page's own background tone
 * (which need not follow the system theme). Shared by the page's highlighter, the content
 * script's page-tone reading and the sidebar's colour key, which draws the same looks.
 */
import type { EntityType } from '../analysis/contract';
import { ENTITY_TYPES, highlightNames } from '../analysis/entity-types';

export const HIGHLIGHT_NAMES: Record<EntityType | 'quote' | 'flash', string> = highlightNames(ENTITY_TYPES);

export type PageTone = 'light' | 'dark';

interface Hue {
  tint: string;
  line: string;
}

const LIGHT: Record<EntityType, Hue> = {
  person: { tint: 'rgb(255 176 32 / 0.30)', line: 'rgb(196 110 0)' },
  organization: { tint: 'rgb(30 180 110 / 0.22)', line: 'rgb(20 130 80)' },
  place: { tint: 'rgb(140 90 255 / 0.18)', line: 'rgb(110 60 220)' },
  other: { tint: 'rgb(120 120 140 / 0.18)', line: 'rgb(100 100 120)' },
};

const DARK: Record<EntityType, Hue> = {
  person: { tint: 'rgb(255 170 40 / 0.26)', line: 'rgb(255 190 90)' },
  organization: { tint: 'rgb(60 210 140 / 0.22)', line: 'rgb(110 225 165)' },
  place: { tint: 'rgb(170 130 255 / 0.26)', line: 'rgb(195 165 255)' },
  other: { tint: 'rgb(170 170 190 / 0.22)', line: 'rgb(190 190 205)' },
};

const QUOTE_LINE: Record<PageTone, string> = { light: 'rgb(40 90 200 / 0.75)', dark: 'rgb(140 180 255 / 0.85)' };

/** How a kind of highlight looks in the page: for the sidebar's colour key, drawn the same way. */
export function highlightLook(kind: EntityType | 'quote', tone: PageTone): string {
  if (kind === 'quote')
    return `text-decoration: underline dotted 1.5px ${QUOTE_LINE[tone]}; text-underline-offset: 3px;`;
  const hue = (tone === 'dark' ? DARK : LIGHT)[kind];
  return `background-color: ${hue.tint}; text-decoration: underline 2px ${hue.line}; text-underline-offset: 2px;`;
}

export function highlightCss(tone: PageTone): string {
  const hues = tone === 'dark' ? DARK : LIGHT;
  const rules = (Object.keys(hues) as EntityType[]).map(
    (t) =>
      `::highlight(${HIGHLIGHT_NAMES[t]}) { background-color: ${hues[t].tint}; text-decoration: underline 2px ${hues[t].line}; text-underline-offset: 2px; }`,
  );
  const quoteLine = QUOTE_LINE[tone];
  rules.push(
    `::highlight(${HIGHLIGHT_NAMES.quote}) { text-decoration: underline dotted 1.5px ${quoteLine}; text-underline-offset: 3px; }`,
  );
  // The flash after "show in the article": strong, brief; text colour set for legibility.
  rules.push(
    tone === 'dark'
      ? `::highlight(${HIGHLIGHT_NAMES.flash}) { background-color: rgb(255 214 0); color: rgb(20 20 20); }`
      : `::highlight(${HIGHLIGHT_NAMES.flash}) { background-color: rgb(255 226 60); color: rgb(20 20 20); }`,
  );
  return rules.join('\n');
}

/**
 * The page's tone from the first opaque background behind `el` (up to the root); a page with no
 * background set is light. `colorOf` reads a computed background colour.
 */
export function pageTone(el: Element | null, colorOf: (el: Element) => string): PageTone {
  for (let cur = el; cur; cur = cur.parentElement) {
    const rgba = parseCssColor(colorOf(cur));
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  return 'light';
}

export function parseCssColor(c: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(c.trim());
  if (!m) return null;
  let a = 1;
  if (m[4] !== undefined) a = m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [parseFloat(m[1]!), parseFloat(m[2]!), parseFloat(m[3]!), a];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const f = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
