/**
 * Styles of the background-notes components, as a string the sidebar adds to its shadow root's
 * stylesheet. Colours come from the sidebar's custom properties (light and dark).
 */
export const NOTES_CSS = `
.gl-notes-by-source { display: flex; flex-direction: column; gap: 10px; }
.gl-notes-group { margin: 0; }
.gl-notes-label { font-size: 12px; font-weight: 600; letter-spacing: 0.02em; color: var(--gl-muted); margin: 0 0 4px; }
.gl-notes-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.gl-notes-item { margin: 0; line-height: 1.45; overflow-wrap: anywhere; }
.gl-notes-muted { color: var(--gl-muted); font-size: 12.5px; margin: 4px 0 0; }
.gl-notes-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }

.gl-notes-consent { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; }
.gl-notes-consent p { margin: 0; font-size: 13px; }

.gl-notes-wiki { min-height: 24px; }
.gl-notes-skeleton { display: flex; flex-direction: column; gap: 6px; margin-top: 6px; }
.gl-notes-skeleton span { display: block; height: 10px; border-radius: 4px; background: var(--gl-border); opacity: 0.6; animation: gl-notes-pulse 1.2s ease-in-out infinite; }
.gl-notes-skeleton span:nth-child(2) { width: 85%; }
.gl-notes-skeleton span:nth-child(3) { width: 60%; }
@keyframes gl-notes-pulse { 50% { opacity: 0.25; } }
@media (prefers-reduced-motion: reduce) { .gl-notes-skeleton span { animation: none; } }

.gl-notes-wiki-head { display: flex; gap: 10px; align-items: flex-start; }
.gl-notes-thumb { flex: none; width: 64px; height: 64px; object-fit: cover; border-radius: 4px; border: 1px solid var(--gl-border); background: var(--gl-bg); }
.gl-notes-wiki-title { font-weight: 650; margin: 0; }
.gl-notes-wiki-desc { color: var(--gl-muted); margin: 2px 0 0; font-size: 12.5px; }
.gl-notes-wiki-extract { margin: 8px 0 0; line-height: 1.5; overflow-wrap: anywhere; }
.gl-notes-wiki-links { margin: 6px 0 0; }
.gl-notes-wiki-links a, .gl-notes-attribution a { color: var(--gl-accent); }
.gl-notes-attribution { color: var(--gl-muted); font-size: 11.5px; margin: 4px 0 0; }

.gl-notes-wiki-question { font-weight: 650; margin: 0; }
.gl-notes-choices { list-style: none; margin: 6px 0 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.gl-notes-choice { display: flex; flex-direction: column; align-items: flex-start; width: 100%; text-align: start; gap: 2px; padding: 6px 8px; border: 1px solid var(--gl-border); border-radius: 6px; background: var(--gl-bg); color: var(--gl-fg); font: inherit; cursor: pointer; }
.gl-notes-choice:hover { border-color: var(--gl-accent); }
.gl-notes-choice:focus-visible { outline: 2px solid var(--gl-accent); outline-offset: 1px; }
.gl-notes-choice-title { font-weight: 600; }
.gl-notes-choice-desc { color: var(--gl-muted); font-size: 12.5px; }

.gl-notes-wiki-empty, .gl-notes-wiki-off { color: var(--gl-muted); margin: 0; }
.gl-notes-wiki-offline, .gl-notes-wiki-error { border: 1px dashed var(--gl-border); border-radius: 6px; padding: 8px 10px; }
.gl-notes-wiki-offline p, .gl-notes-wiki-error p { margin: 0 0 6px; }
`;
