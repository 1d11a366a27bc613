/**
 * Gloss's colour tokens, light and dark, as data, shared by the sidebar, the hover preview in the
 * page and the options page. The sidebar's stylesheet is generated from these
 * (src/ui/sidebar/styles/sidebar-css.ts) and the contrast test reads them, so what is measured is
 * what is shown.
 * Custom property names (`--gl-*`) are shared with the notes helper's components.
 */

export interface ThemeTokens {
  fg: string;
  bg: string;
  /** Secondary text: bylines, roles, counts. */
  muted: string;
  /** Links, focus rings, the selected tab. */
  accent: string;
  /** Text placed on an accent background (buttons that are "on"). */
  onAccent: string;
  border: string;
  /** Raised surfaces: cards, hovered rows, the filter box. */
  surface: string;
  /** Text colours of the entity-type badges (on `surface`). */
  person: string;
  organization: string;
  place: string;
  other: string;
  /** Warnings (unsupported language, truncated analysis). */
  warnBg: string;
  warnFg: string;
  errorFg: string;
  focus: string;
}

export const LIGHT: Readonly<ThemeTokens> = Object.freeze({
  fg: '#1b1c20',
  bg: '#ffffff',
  muted: '#585b66',
  accent: '#1d4fb8',
  onAccent: '#ffffff',
  border: '#cfd2da',
  surface: '#f3f4f7',
  person: '#8a3a00',
  organization: '#1d5a2c',
  place: '#5b2a86',
  other: '#4a4d57',
  warnBg: '#fff4d6',
  warnFg: '#5c4000',
  errorFg: '#a3161b',
  focus: '#1d4fb8',
});

export const DARK: Readonly<ThemeTokens> = Object.freeze({
  fg: '#ececf1',
  bg: '#1b1c20',
  muted: '#a9adb9',
  accent: '#8db4ff',
  onAccent: '#101216',
  border: '#3b3e47',
  surface: '#26282e',
  person: '#ffb77a',
  organization: '#8fd9a0',
  place: '#d2b2ff',
  other: '#c4c7d0',
  warnBg: '#3a3016',
  warnFg: '#ffe39a',
  errorFg: '#ff9a9a',
  focus: '#8db4ff',
});

/** Pairs of (text, background) token names that the UI actually draws; each must reach WCAG AA. */
// prettier-ignore
export const TEXT_PAIRS: ReadonlyArray<readonly [keyof ThemeTokens, keyof ThemeTokens]> = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['onAccent', 'accent'],
  ['person', 'surface'],
  ['organization', 'surface'],
  ['place', 'surface'],
  ['other', 'surface'],
  ['person', 'bg'],
  ['organization', 'bg'],
  ['place', 'bg'],
  ['warnFg', 'warnBg'],
  ['errorFg', 'bg'],
];

/** Non-text UI parts (focus ring, borders of controls) need 3:1 against the background (WCAG 1.4.11). */
export const UI_PAIRS: ReadonlyArray<readonly [keyof ThemeTokens, keyof ThemeTokens]> = [
  ['focus', 'bg'],
  ['focus', 'surface'],
];

export function cssVariables(t: ThemeTokens): string {
  return [
    `--gl-fg: ${t.fg};`,
    `--gl-bg: ${t.bg};`,
    `--gl-muted: ${t.muted};`,
    `--gl-accent: ${t.accent};`,
    `--gl-on-accent: ${t.onAccent};`,
    `--gl-border: ${t.border};`,
    `--gl-surface: ${t.surface};`,
    `--gl-person: ${t.person};`,
    `--gl-organization: ${t.organization};`,
    `--gl-place: ${t.place};`,
    `--gl-other: ${t.other};`,
    `--gl-warn-bg: ${t.warnBg};`,
    `--gl-warn-fg: ${t.warnFg};`,
    `--gl-error: ${t.errorFg};`,
    `--gl-focus: ${t.focus};`,
  ].join('\n  ');
}
