/**
 * The sidebar's stylesheet, as text, built from the theme tokens. It lives inside our shadow
 * root, so page CSS cannot reach it and it cannot reach the page. Inherited properties (font,
 * colour, line-height, letter-spacing...) would still flow in from the host element, so every
 * box of ours starts from `all: initial` and sets its own font stack and sizes.
 */
import { cssVariables, DARK, LIGHT } from '../../../core/style/theme';
import { highlightLook } from '../../../core/style/highlight-css';
import { HIGHLIGHT_KINDS } from '../../../core/settings';

/** The colour key's kinds: those the reader can switch off. */
const KEY_KINDS = HIGHLIGHT_KINDS;
/** The colour key's swatches, drawn as the page's highlights are (light and dark palettes). */
const swatches = (tone: 'light' | 'dark', scope: string) =>
  KEY_KINDS.map((k) => `${scope} .gl-swatch-${k} { ${highlightLook(k, tone)} }`).join('\n');

const FONT = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif`;

export const SIDEBAR_CSS = `
/* Nothing inherited from the page. (The host's own inline style, set by src/page/host.ts,
   outranks :host rules and keeps it fixed over the viewport; custom properties survive all.) */
:host {
  all: initial;
  ${cssVariables(LIGHT)}
}
@media (prefers-color-scheme: dark) {
  :host { ${cssVariables(DARK)} }
}
/* A dark page is read in the dark, whatever the system's setting: the sidebar follows it. */
.gl-sidebar[data-page-tone="dark"] { ${cssVariables(DARK)} }
.gl-sidebar, .gl-preview {
  all: initial;
  box-sizing: border-box;
  font-family: ${FONT};
  font-size: 14px;
  line-height: 1.45;
  color: var(--gl-fg);
  background: var(--gl-bg);
  text-align: start;
  -webkit-font-smoothing: antialiased;
  pointer-events: auto;
  /* On our boxes, not :host: the host's inline all:initial !important would win there. */
  color-scheme: light dark;
}
.gl-sidebar[data-page-tone="dark"] { color-scheme: dark; }
.gl-sidebar *, .gl-sidebar *::before, .gl-sidebar *::after,
.gl-preview *, .gl-preview *::before, .gl-preview *::after { box-sizing: border-box; }
.gl-sidebar {
  position: fixed;
  top: 0;
  bottom: 0;
  height: 100vh;
  height: 100dvh;
  display: flex;
  flex-direction: column;
  z-index: 2147483647;
  border-inline-start: 1px solid var(--gl-border);
  box-shadow: 0 0 24px rgb(0 0 0 / 0.18);
  overflow: hidden;
}
.gl-sidebar[data-side="right"] { right: 0; }
.gl-sidebar[data-side="left"] { left: 0; border-inline-start: none; border-inline-end: 1px solid var(--gl-border); }
.gl-sidebar button, .gl-sidebar input, .gl-sidebar select {
  font: inherit;
  color: inherit;
}
.gl-sidebar :focus-visible { outline: 2px solid var(--gl-focus); outline-offset: 2px; }
/* :where() keeps the reset at one class's weight, so a class rule below (.gl-notice,
   .gl-empty-list, .gl-group-title...) sets its own margin and padding. */
.gl-sidebar :where(h1, h2, h3, p, ul, ol, blockquote, dl, dd) {
  margin: 0; padding: 0;
}
.gl-sidebar :where(ul, ol) { list-style: none; }
.gl-sidebar a { color: var(--gl-accent); }
.gl-visually-hidden {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}

/* Resize handle on the inner edge */
.gl-resize {
  position: absolute; top: 0; bottom: 0; width: 8px; cursor: ew-resize; z-index: 2;
  background: transparent; touch-action: none;
}
.gl-sidebar[data-side="right"] .gl-resize { left: -1px; }
.gl-sidebar[data-side="left"] .gl-resize { right: -1px; }
.gl-resize::after {
  content: ""; position: absolute; top: 50%; left: 3px; width: 2px; height: 36px; margin-top: -18px;
  border-radius: 1px; background: var(--gl-border);
}
.gl-resize:hover::after, .gl-resize:focus-visible::after, .gl-resize[data-dragging]::after { background: var(--gl-accent); }
.gl-resize:focus-visible { outline-offset: -2px; }

/* Header */
.gl-header { flex: none; position: relative; min-height: 44px; padding: 10px 44px 8px 16px; border-bottom: 1px solid var(--gl-border); }
.gl-close { position: absolute; top: 7px; right: 8px; }
.gl-brand { display: block; padding-top: 4px; font-weight: 700; font-size: 12px; letter-spacing: 0.06em; text-transform: uppercase; color: var(--gl-muted); }
.gl-title { display: block; font-size: 16px; line-height: 1.3; font-weight: 650; margin: 0 0 3px; overflow-wrap: anywhere; }
.gl-meta {
  color: var(--gl-muted); font-size: 12.5px; display: flex; flex-wrap: wrap; gap: 2px 0;
  margin-inline-start: -14px; clip-path: inset(0 0 0 14px);
}
/* Each item's dot stands before it; the first item of every line has its dot in the clipped
   strip, so no line starts or ends with a dangling "·". */
.gl-meta > *::before { content: "·"; display: inline-block; width: 14px; text-align: center; }
.gl-counts { display: flex; flex-wrap: wrap; gap: 4px 12px; margin-top: 8px; font-size: 12.5px; color: var(--gl-muted); }
.gl-counts b { color: var(--gl-fg); font-weight: 650; }

/* Buttons */
.gl-icon-button {
  display: inline-flex; align-items: center; justify-content: center; min-width: 30px; height: 30px; padding: 0 6px;
  border: 1px solid transparent; border-radius: 6px; background: transparent; cursor: pointer; color: var(--gl-fg);
}
.gl-icon-button:hover { background: var(--gl-surface); border-color: var(--gl-border); }
.gl-sidebar svg { width: 16px; height: 16px; flex: none; fill: none; stroke: currentColor; stroke-width: 1.8; stroke-linecap: round; stroke-linejoin: round; }
.gl-button {
  display: inline-flex; align-items: center; gap: 6px; min-height: 30px; padding: 0 10px; white-space: nowrap; border-radius: 6px;
  border: 1px solid var(--gl-border); background: var(--gl-bg); cursor: pointer; font-size: 13px;
}
.gl-button:hover { background: var(--gl-surface); }
.gl-button[disabled] { cursor: default; opacity: 0.6; }
.gl-link-button { border: none; background: none; padding: 0; color: var(--gl-accent); text-decoration: underline; cursor: pointer; font-size: inherit; }

/* Switch */
.gl-switch { display: inline-flex; align-items: center; gap: 8px; cursor: pointer; font-size: 13px; user-select: none; }
.gl-switch-track {
  position: relative; width: 32px; height: 18px; border-radius: 9px; background: var(--gl-bg); border: 1px solid var(--gl-muted); flex: none;
  cursor: pointer; padding: 0;
}
.gl-switch-track::after {
  content: ""; position: absolute; top: 2px; left: 2px; width: 12px; height: 12px; border-radius: 50%; background: var(--gl-muted);
  transition: transform 120ms ease;
}
.gl-switch-track[aria-checked="true"] { background: var(--gl-accent); border-color: var(--gl-accent); }
.gl-switch-track[aria-checked="true"]::after { transform: translateX(14px); background: var(--gl-on-accent); }

/* Body and states */
.gl-body { flex: 1 1 auto; min-height: 0; overflow-y: auto; overscroll-behavior: contain; padding: 0 0 16px; scrollbar-color: var(--gl-border) var(--gl-bg); }
.gl-state { padding: 28px 18px; text-align: center; color: var(--gl-muted); }
.gl-state h2 { color: var(--gl-fg); font-size: 15px; font-weight: 650; margin-bottom: 6px; }
.gl-state p + p { margin-top: 8px; }
.gl-error h2 { color: var(--gl-error); }
.gl-empty-actions { display: flex; flex-wrap: wrap; justify-content: center; gap: 8px; margin-top: 14px; }
.gl-empty-hint { color: var(--gl-fg); }
.gl-spinner {
  display: inline-block; width: 22px; height: 22px; margin-bottom: 10px; border-radius: 50%;
  border: 3px solid var(--gl-border); border-top-color: var(--gl-accent); animation: gl-spin 0.9s linear infinite;
}
@keyframes gl-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .gl-spinner { animation-duration: 3s; } .gl-switch-track::after { transition: none; } }
.gl-notice { margin: 10px 14px 0; padding: 8px 10px; border-radius: 6px; background: var(--gl-warn-bg); color: var(--gl-warn-fg); font-size: 13px; }

/* Toolbar: tabs, filter, actions */
.gl-toolbar { flex: none; padding: 8px 14px 0; border-bottom: 1px solid var(--gl-border); }
/* The strip uses the toolbar's side padding too: at the narrowest sidebar every tab still fits. */
.gl-tabs { display: flex; gap: 0; margin: 0 -8px; }
.gl-tab {
  flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; align-items: center;
  border: none; background: none; padding: 5px 2px 6px; cursor: pointer; font-size: 13px; line-height: 1.25; color: var(--gl-muted);
  border-bottom: 2px solid transparent; white-space: nowrap;
}
.gl-tab:focus-visible { outline-offset: -2px; }
.gl-tab[aria-selected="true"] { color: var(--gl-fg); border-bottom-color: var(--gl-accent); font-weight: 600; }
.gl-tab:hover { color: var(--gl-fg); }
.gl-tab-count { font-size: 11.5px; color: var(--gl-muted); font-weight: 400; }
.gl-filter-row { display: flex; gap: 6px; align-items: center; padding: 8px 0 6px; }
.gl-filter {
  flex: 1 1 auto; min-width: 0; height: 30px; padding: 0 8px; border-radius: 6px; border: 1px solid var(--gl-muted);
  background: var(--gl-bg); color: var(--gl-fg); font-size: 13px;
}
.gl-filter::placeholder { color: var(--gl-muted); opacity: 1; }
.gl-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; padding: 2px 0 8px; font-size: 13px; }
.gl-card-open .gl-actions { padding-top: 8px; }
.gl-segmented { margin-inline-start: auto; }
.gl-key-toggle { font-size: 12.5px; }
.gl-key { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 12px; padding: 0 0 8px; font-size: 12.5px; }
.gl-key-item { display: flex; align-items: center; gap: 6px; cursor: pointer; }
.gl-key-switch { margin: 0; accent-color: var(--gl-accent); }
.gl-swatch { color: var(--gl-fg); font-weight: 600; }
.gl-key-look { color: var(--gl-muted); }
${swatches('light', '.gl-sidebar')}
@media (prefers-color-scheme: dark) {
${swatches('dark', '.gl-sidebar')}
}
${swatches('dark', '.gl-sidebar[data-page-tone="dark"]')}
.gl-segmented { display: inline-flex; border: 1px solid var(--gl-border); border-radius: 6px; overflow: hidden; }
.gl-segmented button { border: none; background: var(--gl-bg); padding: 4px 8px; cursor: pointer; font-size: 12.5px; }
.gl-segmented button[aria-pressed="true"] { background: var(--gl-accent); color: var(--gl-on-accent); }

/* Lists: off-screen rows skip layout and paint (long articles) */
.gl-list > li { content-visibility: auto; contain-intrinsic-size: auto 56px; }
.gl-list-note { padding: 10px 16px 0; color: var(--gl-muted); font-size: 12.5px; }
.gl-row {
  display: block; width: 100%; text-align: start; border: none; border-bottom: 1px solid var(--gl-border);
  background: none; padding: 9px 16px; cursor: pointer; color: var(--gl-fg); font-size: 13.5px;
}
.gl-row:hover, .gl-row[aria-current="true"] { background: var(--gl-surface); }
/* Drawn inside the row: the scrolling body clips anything outside it. */
.gl-row:focus-visible, .gl-mention:focus-visible, .gl-more:focus-visible { outline-offset: -2px; background: var(--gl-surface); }
.gl-row-head { display: flex; align-items: baseline; gap: 8px; }
.gl-row-name { font-weight: 600; overflow-wrap: anywhere; }
.gl-row-count { margin-left: auto; color: var(--gl-muted); font-size: 12px; white-space: nowrap; }
/* Long roles (a whole appositive) stay short: two lines in a row, one under a heading or a quote; the card has them whole */
.gl-row-role { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; color: var(--gl-muted); font-size: 12.5px; margin-top: 1px; overflow-wrap: anywhere; }
.gl-group-title { padding: 14px 16px 4px; font-size: 13.5px; font-weight: 700; color: var(--gl-fg); border-bottom: 1px solid var(--gl-border); }
.gl-group-role { display: block; font-weight: 400; font-size: 12.5px; color: var(--gl-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.gl-muted-text { color: var(--gl-muted); }
.gl-quote-item { border-bottom: 1px solid var(--gl-border); padding-bottom: 8px; }
.gl-quote-item .gl-row { border-bottom: none; padding-bottom: 2px; }
.gl-quote-item .gl-quote-meta { padding: 0 16px; }
.gl-card .gl-quote-item .gl-quote-meta { padding: 0; }
.gl-quote { display: block; }
.gl-quote-text { display: block; font-family: Georgia, "Iowan Old Style", "Times New Roman", serif; font-size: 14.5px; line-height: 1.5; overflow-wrap: anywhere; }
.gl-quote[data-kind="partial"] .gl-quote-text { font-style: italic; }
.gl-quote-meta { display: flex; flex-wrap: wrap; gap: 2px 8px; margin-top: 4px; font-size: 12.5px; color: var(--gl-muted); }
.gl-speaker { color: var(--gl-fg); font-weight: 600; }
.gl-speaker-role { min-width: 0; max-width: 100%; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.gl-unattributed { color: var(--gl-muted); font-style: italic; font-weight: 400; }
.gl-badge { display: inline-block; padding: 0 6px; border-radius: 9px; background: var(--gl-surface); border: 1px solid var(--gl-border); font-size: 11.5px; line-height: 17px; }
.gl-type-uncertain { margin: 4px 0 0; font-size: 11.5px; color: var(--gl-muted); }
.gl-type-person { color: var(--gl-person); }
.gl-type-organization { color: var(--gl-organization); }
.gl-type-place { color: var(--gl-place); }
.gl-type-other { color: var(--gl-other); }
.gl-more { display: block; margin: 10px auto; }
.gl-empty-list { padding: 18px 16px; color: var(--gl-muted); }

/* Entity card */
.gl-card { padding: 0 16px 16px; }
.gl-card-head { position: sticky; top: 0; z-index: 1; margin: 0 -16px; padding: 10px 16px 4px; background: var(--gl-bg); }
.gl-card-nav { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.gl-card-title { font-size: 17px; font-weight: 650; line-height: 1.3; margin: 2px 0 2px; overflow-wrap: anywhere; }
.gl-card-role { color: var(--gl-fg); margin-bottom: 4px; }
.gl-card-role-missing { color: var(--gl-muted); font-style: italic; }
.gl-card section { margin-top: 14px; }
.gl-card h3 { font-size: 12px; font-weight: 700; color: var(--gl-muted); letter-spacing: 0.04em; text-transform: uppercase; margin-bottom: 6px; }
.gl-aliases { color: var(--gl-muted); font-size: 13px; }
.gl-notes-source { font-size: 12px; color: var(--gl-muted); margin: 8px 0 2px; }
.gl-note { margin: 0 0 6px; }
.gl-mention-nav { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; font-size: 12.5px; color: var(--gl-muted); }
.gl-mention { display: block; width: 100%; text-align: start; border: none; border-left: 3px solid var(--gl-border); background: none; padding: 5px 8px; margin: 0 0 6px; cursor: pointer; font-size: 13px; color: var(--gl-fg); border-radius: 0 4px 4px 0; }
.gl-mention:hover, .gl-mention[aria-current="true"] { background: var(--gl-surface); border-left-color: var(--gl-accent); }
.gl-mention mark { background: none; color: inherit; font-weight: 700; }
.gl-card .gl-row { padding-left: 0; padding-right: 0; }

/* Footer */
.gl-footer { flex: none; border-top: 1px solid var(--gl-border); padding: 8px 14px; font-size: 12px; color: var(--gl-muted); display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center; }
.gl-kbd { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11.5px; padding: 0 4px; border: 1px solid var(--gl-border); border-radius: 4px; background: var(--gl-surface); color: var(--gl-fg); }
.gl-status { min-height: 0; }

/* Hover preview over the page */
.gl-preview {
  position: fixed; z-index: 2147483647; max-width: 320px; padding: 10px 12px; border-radius: 8px;
  border: 1px solid var(--gl-border); box-shadow: 0 6px 24px rgb(0 0 0 / 0.22); font-size: 13px;
}
.gl-preview-name { display: block; font-weight: 650; font-size: 14px; }
.gl-preview-role { display: block; color: var(--gl-muted); margin-top: 1px; }
.gl-preview-note { display: block; margin-top: 6px; }
`;
