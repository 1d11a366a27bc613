/**
 * A name glued to the word after it: a page's link label and the text after it meet with no space
 * between them ("As Alexis Madrigalreports, …"), and the recognizer reads one word. A reporting
 * verb at the end of the name's last word is cut off the mention; no name ends in one.
 */
import type { NameMention } from './aliases';

/** Reporting verbs that follow a source's name ("X reports", "X wrote"). */
const GLUED_VERB =
  /^(\p{Lu}\p{Ll}{2,})(reports|reported|says|writes|wrote|notes|noted|explains|explained|argues|argued|tweeted|told|adds|added|claims|claimed|suggests|suggested|observes|observed)$/u;

/** The mention with a reporting verb glued to its last word cut off, or the mention itself. */
export function withoutGluedVerb(text: string, m: NameMention): NameMention {
  const lastWord = /[\p{L}]+$/u.exec(text.slice(m.start, m.end));
  if (!lastWord) return m;
  const g = GLUED_VERB.exec(lastWord[0]);
  if (!g) return m;
  const cut = g[2]!.length;
  const words = [...m.words];
  const last = words[words.length - 1]!;
  words[words.length - 1] = last.slice(0, last.length - cut);
  return { ...m, end: m.end - cut, words };
}
