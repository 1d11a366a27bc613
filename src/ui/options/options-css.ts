/**
 * The settings page's stylesheet; light and dark follow the system, colours checked for WCAG AA.
 * The accent is the sidebar's own (one product, one blue).
 */
import { DARK, LIGHT } from '../../core/style/theme';

export const OPTIONS_THEME = {
  light: {
    fg: '#1d2327',
    bg: '#ffffff',
    muted: '#50575e',
    accent: LIGHT.accent,
    onAccent: LIGHT.onAccent,
    border: '#8c8f94',
    error: '#a3161b',
  },
  dark: {
    fg: '#e8eaed',
    bg: '#1b1d1f',
    muted: '#b4b9be',
    accent: DARK.accent,
    onAccent: DARK.onAccent,
    border: '#6b7177',
    error: '#ff9a9a',
  },
} as const;

const vars = (t: (typeof OPTIONS_THEME)['light' | 'dark']) =>
  `--fg: ${t.fg}; --bg: ${t.bg}; --muted: ${t.muted}; --accent: ${t.accent}; --on-accent: ${t.onAccent}; --border: ${t.border}; --error: ${t.error};`;

export const OPTIONS_CSS = `
:root { color-scheme: light dark; ${vars(OPTIONS_THEME.light)} }
@media (prefers-color-scheme: dark) { :root { ${vars(OPTIONS_THEME.dark)} } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 660px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.5rem; margin: 0 0 16px; }
h2 { font-size: 1.05rem; margin: 20px 0 8px; }
section { border-top: 1px solid var(--border); padding-bottom: 8px; }
.row { display: flex; gap: 10px; align-items: flex-start; margin: 10px 0; }
.row input { margin-top: 4px; }
small, .help { display: block; color: var(--muted); font-size: 0.88rem; }
fieldset { border: 0; padding: 0; margin: 10px 0; }
legend { padding: 0; margin-bottom: 4px; }
.inline { margin-right: 16px; }
.width { display: flex; gap: 10px; align-items: center; margin: 10px 0 4px; }
.width input[type=range] { flex: 1; }
.width input[type=number] { width: 5.5em; }
input[type=number], input[type=text], textarea {
  font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: 4px 6px;
}
textarea { width: 100%; box-sizing: border-box; font: 14px/1.4 ui-monospace, monospace; padding: 8px; }
textarea[aria-invalid=true] { border-color: var(--error); }
.problems { color: var(--error); margin: 4px 0; padding-left: 20px; font-size: 0.9rem; }
.problems:empty { display: none; }
button { margin-top: 8px; font: inherit; padding: 6px 14px; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: var(--on-accent); cursor: pointer; }
button[disabled] { opacity: 0.55; cursor: default; }
button.secondary { background: transparent; color: var(--accent); }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.probe { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 14px; }
.probe-result { flex-basis: 100%; margin: 0; min-height: 1.5em; }
.status { min-height: 1.5em; color: var(--muted); }
.status.failed { color: var(--error); font-weight: 600; }
code { font-family: ui-monospace, monospace; }
.corrections-list { margin: 6px 0; padding-left: 20px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
