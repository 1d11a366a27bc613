/**
 * "the L.A.-based artist": initials glued to "-based", "-born" and the like name a place the
 * article also gives in full ("Los Angeles"); the recognizer reads the compound as no name. The
 * initials become a mention of their own, which aliases.ts joins to the full name. Only when the
 * article names the full form: "U.S.-based" alone stays a word.
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';

const INITIALS = /^(?:\p{Lu}\.){2,4}$/u;
const ATTACHED = new Set(['based', 'born', 'bred', 'area', 'made', 'owned', 'run', 'led', 'backed']);

/** The tokens at `i` are initials, a hyphen and an attached word, written together ("L.A.-based"). */
function attachedAt(tokens: readonly Token[], i: number): boolean {
  const [t, dash, word] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  return (
    INITIALS.test(t.text) &&
    dash?.text === '-' &&
    dash.start === t.end &&
    word !== undefined &&
    word.start === dash.end &&
    ATTACHED.has(word.text.toLowerCase())
  );
}

/** `ms` with a mention for each initials compound whose full name the article gives. */
export function withAttachedInitials(tokens: readonly Token[], ms: NameMention[]): NameMention[] {
  const full = new Map<string, NameMention>();
  for (const m of ms)
    if (m.type !== 'PER' && m.words.length >= 2 && !m.allCaps) full.set(m.words.map((w) => w[0]).join(''), m);
  if (full.size === 0) return ms;
  const taken = new Set(ms.map((m) => m.first));
  const added: NameMention[] = [];
  tokens.forEach((t, i) => {
    if (taken.has(i) || !attachedAt(tokens, i)) return;
    const key = t.text.replace(/\./g, '').toLowerCase();
    const named = full.get(key);
    if (!named) return;
    added.push({
      type: named.type,
      first: i,
      last: i + 1,
      titleFirst: i,
      start: t.start,
      end: t.end,
      words: [key],
      nick: null,
      allCaps: true,
      capsLine: false,
      titleOnly: false,
    });
  });
  if (added.length === 0) return ms;
  return [...ms, ...added].sort((a, b) => a.start - b.start);
}
