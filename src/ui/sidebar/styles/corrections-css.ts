/** Styles of the briefing line and of the reader's corrections (inside the sidebar's shadow root). */
export const CORRECTIONS_CSS = `
.gl-briefline { padding: 10px 16px 10px; border-bottom: 1px solid var(--gl-border); font-size: 13px; line-height: 1.45; }
.gl-briefline p + p { margin-top: 3px; }
.gl-brief-label { font-weight: 650; }
.gl-brief-name { font-weight: 600; }
.gl-briefline .gl-link-button { font-size: inherit; text-align: start; }
.gl-brief-quote { font-family: Georgia, "Iowan Old Style", "Times New Roman", serif; font-weight: 400; color: var(--gl-fg); text-decoration-color: var(--gl-border); }
.gl-brief-little { color: var(--gl-muted); }

.gl-mine { margin-top: 8px; padding: 6px 8px; border-left: 3px solid var(--gl-accent); background: var(--gl-surface); border-radius: 0 4px 4px 0; font-size: 13px; }
.gl-mine-badge { font-size: 11.5px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: var(--gl-fg); }
.gl-mine-list li { margin-top: 2px; }
.gl-correct { margin-top: 10px; font-size: 13px; }
.gl-correct > summary { cursor: pointer; color: var(--gl-accent); width: max-content; }
.gl-correct-body { margin-top: 6px; padding: 8px 10px; border: 1px solid var(--gl-border); border-radius: 6px; display: grid; gap: 8px; }
.gl-correct-row { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; }
.gl-correct-row label, .gl-correct-label { min-width: 82px; }
/* The type buttons start their row's line, as the other rows' controls do (the toolbar's own segmented control sits at its end). */
.gl-correct-row .gl-segmented { margin-inline-start: 0; }
.gl-correct-row select { min-width: 0; max-width: 100%; flex: 1 1 120px; height: 30px; border: 1px solid var(--gl-muted); border-radius: 6px; background: var(--gl-bg); padding: 0 4px; font-size: 13px; }
.gl-correct-site { display: flex; align-items: center; gap: 6px; }
.gl-correct-note { color: var(--gl-muted); font-size: 12px; }
.gl-hidden-by-reader { margin: 12px 16px 0; font-size: 13px; }
.gl-hidden-by-reader > summary { cursor: pointer; color: var(--gl-muted); }
.gl-hidden-list li { padding: 4px 0; }
`;
