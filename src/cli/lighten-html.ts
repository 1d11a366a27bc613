/**
 * Makes a page's HTML cheaper for jsdom to parse, for the `analyze` command only, without
 * changing what article detection sees.
 *
 * jsdom parses every stylesheet in a <style> element and every `style` attribute as it builds the
 * document (measured on the corpus sweep's slowest pages: breitbart's 520 KB of <style> text
 * doubled its parse; wikipedia-2's 567 style attributes cost about 40% of its parse). Article
 * detection never needs them: Readability (and our text builder) read no stylesheet and no
 * computed style; the only CSS they read is an element's inline `style.display` and
 * `style.visibility` (Readability's _isProbablyVisible). So, before parsing:
 * - the text of each <style> element is dropped (the element stays, so element counts and the
 *   document's structure are unchanged);
 * - each `style` attribute keeps only its `display` and `visibility` declarations, verbatim
 *   (an attribute whose value holds quotes, escapes, comments, character references or a `;`
 *   inside parentheses is kept whole, as its declarations cannot be split safely by `;`).
 *
 * This is a tokenizer of start tags, comments and raw-text elements, not a full HTML parser:
 * text outside tags is never changed (so a paragraph that shows `style="…"` keeps it), the
 * contents of <script>, <textarea>, <title> and the other raw-text elements are skipped as the
 * HTML tokenizer skips them, and anything it does not understand (an unterminated comment or
 * tag) ends the rewriting, leaving the rest of the page as it was.
 */

/** Elements whose content the HTML tokenizer does not read as markup (scripting disabled, as in jsdom). */
// prettier-ignore
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isAsciiLetter = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** The `display` and `visibility` declarations of a style attribute's value, or the value itself when unsafe to split. */
export function visibilityDeclarations(value: string): string {
  if (/["'\\&]|\/\*/.test(value)) return value;
  // A ';' inside parentheses (a data: URL) is not a separator, and jsdom's CSS parser reads such
  // a value its own way: keep it whole.
  let depth = 0;
  for (const c of value) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth > 0) return value;
  }
  const kept: string[] = [];
  for (const decl of value.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    if (prop === 'display' || prop === 'visibility') kept.push(decl.trim());
  }
  return kept.join('; ');
}

/** Index of the closing tag `</name` (followed by space, `/` or `>`) at or after `from`, or -1. */
function closingTag(html: string, lower: string, name: string, from: number): number {
  let i = from;
  for (;;) {
    i = lower.indexOf(`</${name}`, i);
    if (i < 0) return -1;
    const c = html[i + 2 + name.length];
    if (c === undefined || c === '>' || c === '/' || isSpace(c)) return i;
    i += 2;
  }
}

export function lightenHtml(html: string): string {
  // ASCII-only lower case: String.toLowerCase may change the length (İ becomes two code units),
  // and indices into `lower` must be indices into `html`.
  const lower = html.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  const n = html.length;
  const parts: string[] = [];
  let copied = 0; // html[0, copied) is already in parts
  const cut = (from: number, to: number, replacement: string) => {
    parts.push(html.slice(copied, from), replacement);
    copied = to;
  };

  let i = 0;
  scan: for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= n) break;
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    if (next === '!' || next === '?' || next === '/') {
      // Doctype, bogus comment, end tag: up to the next '>'.
      const end = html.indexOf('>', lt + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    if (!isAsciiLetter(next)) {
      i = lt + 1;
      continue;
    }
    // A start tag: its name, then its attributes up to '>'.
    let j = lt + 1;
    while (j < n && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
    const name = lower.slice(lt + 1, j);
    for (;;) {
      while (j < n && (isSpace(html[j]) || html[j] === '/')) j++;
      if (j >= n) break scan;
      if (html[j] === '>') break;
      const nameStart = j;
      j++; // an attribute name may start with '='
      while (j < n && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>' && html[j] !== '=') j++;
      const attr = lower.slice(nameStart, j);
      while (j < n && isSpace(html[j])) j++;
      if (html[j] !== '=') continue;
      j++;
      while (j < n && isSpace(html[j])) j++;
      let valueStart: number;
      let valueEnd: number;
      if (html[j] === '"' || html[j] === "'") {
        const close = html.indexOf(html[j]!, j + 1);
        if (close < 0) break scan;
        valueStart = j + 1;
        valueEnd = close;
        j = close + 1;
      } else {
        valueStart = j;
        while (j < n && !isSpace(html[j]) && html[j] !== '>') j++;
        valueEnd = j;
      }
      if (attr === 'style') {
        const value = html.slice(valueStart, valueEnd);
        const light = visibilityDeclarations(value);
        if (light !== value) cut(valueStart, valueEnd, light);
      }
    }
    const tagEnd = j; // the '>'
    i = tagEnd + 1;
    if (name === 'plaintext') break;
    if (RAW_TEXT.has(name)) {
      const close = closingTag(html, lower, name, i);
      if (close < 0) break;
      if (name === 'style' && close > i) cut(i, close, '');
      i = close;
    }
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
