/**
 * The hover preview box: a small card (name, role, first line of background) drawn inside our
 * shadow root, over the page. Built with DOM text nodes (never HTML): names come from the page.
 * It does not take pointer events, so it never blocks reading or selecting.
 */
import { installStyles, type InstalledStyles } from '../core/style/install';
import { cssVariables, DARK, LIGHT } from '../core/style/theme';
import { placePreview, type Anchor } from './range-index';

export interface PreviewData {
  name: string;
  role: string | null;
  /** First line of the background notes; null when there is none (yet). */
  note: string | null;
}

const PREVIEW_CSS = `
:host { ${cssVariables(LIGHT)} }
@media (prefers-color-scheme: dark) { :host { ${cssVariables(DARK)} } }
.gl-hover-preview[data-page-tone="dark"] { ${cssVariables(DARK)} }
.gl-hover-preview {
  all: initial; box-sizing: border-box; position: fixed; z-index: 2147483647; max-width: 320px; min-width: 160px;
  padding: 9px 12px; border-radius: 8px; border: 1px solid var(--gl-border); background: var(--gl-bg); color: var(--gl-fg);
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.22); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  pointer-events: none;
}
.gl-hover-preview[hidden] { display: none; }
.gl-hover-preview > span { display: block; }
.gl-hover-preview > span[hidden] { display: none; }
.gl-hover-name { font-weight: 650; font-size: 14px; }
/* A long role (a whole appositive): two lines at most; the card has it whole */
.gl-hover-preview > .gl-hover-role { color: var(--gl-muted); display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.gl-hover-note { margin-top: 5px; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
`;

/** First sentence-ish line of a note, at most ~160 characters, cut at a word. */
export function firstLine(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?])(\s|$)/.exec(t);
  let line = m && m[1]!.length >= 20 ? m[1]! : t;
  if (line.length > max) {
    const cut = line.lastIndexOf(' ', max - 1);
    line = `${line.slice(0, cut > max / 2 ? cut : max - 1)}…`;
  }
  return line;
}

export class PreviewBox {
  private readonly el: HTMLElement;
  private readonly name: HTMLElement;
  private readonly role: HTMLElement;
  private readonly note: HTMLElement;
  private readonly styles: InstalledStyles;

  /** `tone`: the page's; over a dark page the preview is dark whatever the system says. */
  constructor(
    private readonly root: ShadowRoot,
    tone: 'light' | 'dark' = 'light',
  ) {
    const doc = root.ownerDocument;
    this.styles = installStyles(root, PREVIEW_CSS, 'preview');
    this.el = doc.createElement('div');
    this.el.className = 'gl-hover-preview';
    this.el.setAttribute('role', 'tooltip');
    this.el.hidden = true;
    this.el.setAttribute('data-page-tone', tone);
    this.name = this.part('gl-hover-name');
    this.role = this.part('gl-hover-role');
    this.note = this.part('gl-hover-note');
    root.appendChild(this.el);
  }

  private part(cls: string): HTMLElement {
    const s = this.root.ownerDocument.createElement('span');
    s.className = cls;
    this.el.appendChild(s);
    return s;
  }

  get visible(): boolean {
    return !this.el.hidden;
  }

  /** Shows (or refreshes) the preview next to `anchor`, kept inside the viewport and clear of `avoid` (the sidebar). */
  show(
    data: PreviewData,
    anchor: Anchor,
    viewport: { width: number; height: number; left?: number; right?: number },
  ): void {
    this.name.textContent = data.name;
    this.role.textContent = data.role ?? '';
    this.role.hidden = !data.role;
    this.note.textContent = data.note ? firstLine(data.note) : '';
    this.note.hidden = !data.note;
    this.el.hidden = false;
    const rect = this.el.getBoundingClientRect();
    const pos = placePreview(anchor, { width: rect.width || 240, height: rect.height || 60 }, viewport);
    this.el.style.left = `${pos.left}px`;
    this.el.style.top = `${pos.top}px`;
  }

  hide(): void {
    this.el.hidden = true;
  }

  destroy(): void {
    this.el.remove();
    this.styles.remove();
  }

  /** For tests and the e2e checks. */
  get element(): HTMLElement {
    return this.el;
  }
}
