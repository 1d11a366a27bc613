/**
 * The sweep's check of the speaker names Gloss shows: a pronoun ("I", "I'd", "They"), a
 * determiner, or a common word ("Review", "officials") shown in bold where a name belongs reads as
 * Gloss not knowing, and is worse than "Unattributed". An article's description of an unnamed
 * source ("a senior political source", "the company") is allowed: it starts with a determiner or
 * a possessive, or has more than one word.
 */

/** Pronouns, relative pronouns and determiners, lower case (a contraction is read by its first part). */
const PRONOUN_LIKE = new Set(
  `i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one
  who whom whose which that this these those what there here someone somebody anyone anybody everyone
  everybody nobody something anything everything nothing each both all some any none another other
  myself yourself himself herself itself ourselves themselves the a an`.split(/\s+/),
);

const ARTICLES = new Set(['the', 'a', 'an']);

export interface ArticleWords {
  /** Lower-case words the article's text uses in lower case. */
  lowerWords: Set<string>;
  /** The names and aliases of the analysis's entities, lower case. */
  entityNames: Set<string>;
}

export function articleWords(
  text: string,
  entities: readonly { name: string; aliases: readonly string[] }[],
): ArticleWords {
  const lowerWords = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*/gu)) lowerWords.add(m[0]);
  const entityNames = new Set<string>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) entityNames.add(n.toLowerCase());
  return { lowerWords, entityNames };
}

/**
 * Why `name` is no speaker's name ("pronoun", "common word"), or null when it may be shown.
 * A single capitalised word counts as a common word when the article uses it in lower case and
 * no entity has it as its name.
 */
export function badSpeakerName(name: string, words: ArticleWords): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'empty';
  const parts = trimmed.split(/\s+/);
  const first = parts[0]!.toLowerCase().replace(/[’']\p{L}*$/u, '');
  if (parts.length === 1) {
    if (PRONOUN_LIKE.has(first)) return 'pronoun';
    const lower = trimmed.toLowerCase();
    if (!/\p{Lu}/u.test(trimmed)) return 'common word';
    if (!words.entityNames.has(lower) && words.lowerWords.has(lower)) return 'common word';
    return null;
  }
  // Several words: a pronoun or determiner alone at the head of a name-like run ("They Said").
  if (
    PRONOUN_LIKE.has(first) &&
    !ARTICLES.has(first) &&
    parts.every((p) => /^\p{Lu}/u.test(p)) &&
    !words.entityNames.has(trimmed.toLowerCase())
  )
    return 'pronoun';
  return null;
}
