/**
 * Puts a stylesheet into a shadow root or document.
 *
 * Preferred path: a constructed CSSStyleSheet in `adoptedStyleSheets`. It is not an inline
 * <style>, so a page's strict `style-src` CSP does not block it (Chromium runs this path).
 * Fallback: a <style> element. In Firefox content scripts the constructed sheet and the array
 * we assign come from the content script's compartment and reach the page's objects through
 * Xray wrappers; the assignment throws or is silently dropped there, so we verify it took and
 * otherwise fall back (Firefox exempts content-script-inserted styles from the page CSP).
 */

export type StyleInstallPath = 'adopted' | 'style-element';

export interface InstalledStyles {
  path: StyleInstallPath;
  remove(): void;
}

type SheetHost = ShadowRoot | Document;

// nodeType rather than instanceof: the page's Document and ours may be different globals.
function isDocument(host: SheetHost): host is Document {
  return host.nodeType === 9;
}

export function installStyles(host: SheetHost, css: string, id: string): InstalledStyles {
  const adopted = tryAdopt(host, css);
  if (adopted) return adopted;
  const doc = isDocument(host) ? host : host.ownerDocument;
  const style = doc.createElement('style');
  style.setAttribute('data-gloss', id);
  style.textContent = css;
  const parent = isDocument(host) ? (host.head ?? host.documentElement) : host;
  parent.appendChild(style);
  return { path: 'style-element', remove: () => style.remove() };
}

function tryAdopt(host: SheetHost, css: string): InstalledStyles | null {
  try {
    const doc = isDocument(host) ? host : host.ownerDocument;
    // The page window's constructor, so the sheet's constructor document is the page's.
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (!Sheet || !('adoptedStyleSheets' in host) || typeof Sheet.prototype.replaceSync !== 'function') return null;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    host.adoptedStyleSheets = [...host.adoptedStyleSheets, sheet];
    if (!host.adoptedStyleSheets.includes(sheet)) return null;
    return {
      path: 'adopted',
      remove: () => {
        try {
          host.adoptedStyleSheets = host.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          // The page may have replaced its own sheets meanwhile; nothing of ours to undo then.
        }
      },
    };
  } catch {
    return null;
  }
}
