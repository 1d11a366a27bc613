/**
 * Who is talked about where: person mentions (from the recognizer's entities, and from capitalised
 * names next to titles or known first names when the recognizer missed them), whether each is a
 * sentence subject, and third-person pronouns resolved by gender, number and salience.
 */
import type { Entity } from '../../analysis/contract';
import { isJsSpace, type Tok } from './words';
import { TITLES, PRONOUNS, firstNameGender, type Gender } from './lexicon';
import { CUE_WORDS } from './cue-words';
import { resolvePronoun } from './pronouns';

export interface Para {
  start: number;
  end: number;
  toks: Tok[];
  /** Global sentence number of each token. */
  sent: number[];
}

export interface PersonRef {
  key: string;
  name: string;
  entityId: string | null;
  type: 'person' | 'org' | 'other';
  /** Only guessed to be a person (no recognizer, no title, no known first name). */
  weak?: boolean;
}

export interface Mention extends PersonRef {
  start: number;
  end: number;
  para: number;
  tok: number;
  sent: number;
  subject: boolean;
  pronoun: boolean;
  /** A name that only modifies a noun ("the Obama administration"): no antecedent of a pronoun. */
  modifier?: boolean;
}

/** Capitalised words that start sentences but are not names. */
export const FUNCTION_WORDS = new Set(
  `the a an in on at after before although though but and or nor if when while as since because for with from to of by
  this that these those it its he she they we i you his her their our my your there here what who whom whose why how where
  meanwhile however still yet so then now also even inside outside despite during under over about among between through
  without within according last next every each all some many most more no not one two three four five both either neither
  such than upon until unless once whether like unlike instead asked speaking meanwhile earlier later today yesterday
  tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december mr mrs ms`.split(/\s+/),
);

// prettier-ignore
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'di', 'du', 'dos', 'das', 'y']);

/** Words after which a following name starts a clause (is likely its subject). */
// prettier-ignore
const CLAUSE_OPENERS = new Set([',', ';', ':', '—', '–', '(', 'and', 'but', 'while', 'because', 'although', 'though', 'when', 'as', 'after', 'before', 'since', 'that', 'if', 'so', 'where', 'whereas', 'until', 'once', 'then']);

export interface Discourse {
  /** The article's text the paragraphs index. */
  text: string;
  paras: Para[];
  mentions: Mention[];
  /** Resolution of each pronoun token, keyed by its start offset. */
  pronouns: Map<number, PersonRef>;
  genderOf: Map<string, Gender>;
  /** Keys whose gender is only guessed from a first name ("Terry" may be a woman). */
  guessedGender: Set<string>;
  /** Person keys by last name token (lower case), most recent last. */
  byLastName: Map<string, PersonRef>;
  /** Title words seen before each person key ("senator" -> keys). */
  titled: Map<string, PersonRef[]>;
  entityAt: (start: number, end: number) => { entity: Entity; start: number; end: number } | null;
  /** The article's author (from its byline): who "I" is in the article's own voice. */
  author: PersonRef | null;
  /** The recognizer's entities (for a group or document named by a word of its name, bodies.ts). */
  entities: readonly Entity[];
}

const TITLE_WORDS = new Set(Object.keys(TITLES));

function titleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || (lower.endsWith('.') && TITLE_WORDS.has(lower.slice(0, -1)));
}

interface EntityMention {
  entity: Entity;
  start: number;
  end: number;
  text: string;
}

/** Every entity mention, sorted by start (one array for the index and the discourse scan). */
function sortedMentions(entities: Entity[]): EntityMention[] {
  const all: EntityMention[] = [];
  for (const e of entities)
    for (const m of e.mentions) all.push({ entity: e, start: m.start, end: m.end, text: m.text });
  return all.sort((a, b) => a.start - b.start);
}

/** Index over entity mentions: the entity mention overlapping [start, end), if any. */
function entityIndex(all: EntityMention[]) {
  return (start: number, end: number) => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    // Mentions are sorted by start; a few before lo may still overlap (long mentions).
    let best: (typeof all)[number] | null = null;
    for (let k = Math.max(0, lo - 3); k < all.length && all[k]!.start < end; k++) {
      const m = all[k]!;
      if (m.end > start && m.start < end) {
        if (!best || (m.entity.type === 'person' && best.entity.type !== 'person')) best = m;
      }
    }
    return best;
  };
}

function entityType(e: Entity): PersonRef['type'] {
  return e.type === 'person' ? 'person' : e.type === 'organization' ? 'org' : 'other';
}

export function buildDiscourse(
  text: string,
  paras: Para[],
  entities: Entity[],
  author: PersonRef | null = null,
): Discourse {
  const entityMentions = sortedMentions(entities);
  const entityAt = entityIndex(entityMentions);
  const mentions: Mention[] = [];
  const pronouns = new Map<number, PersonRef>();
  const genderOf = new Map<string, Gender>();
  const guessedGender = new Set<string>();
  const byLastName = new Map<string, PersonRef>();
  const titled = new Map<string, PersonRef[]>();
  const personKeys = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    personKeys.add(e.id);
    const first = e.name.split(/\s+/)[0] ?? '';
    const g = firstNameGender(first);
    if (g !== 'u') {
      genderOf.set(e.id, g);
      guessedGender.add(e.id);
    }
    const last = e.name.split(/\s+/).pop()!.toLowerCase();
    byLastName.set(last, { key: e.id, name: e.name, entityId: e.id, type: 'person' });
    if (e.role)
      for (const w of e.role.toLowerCase().split(/[^a-z]+/))
        if (w) addTitled(titled, w, { key: e.id, name: e.name, entityId: e.id, type: 'person' });
  }

  let em = 0;

  const addEntityMention = (m: EntityMention, toks: Tok[], k: number, p: Para, pi: number): void => {
    let ref: PersonRef = { key: m.entity.id, name: m.entity.name, entityId: m.entity.id, type: entityType(m.entity) };
    if (ref.type !== 'person') {
      // The recognizer glued a sentence-initial word to a known person ("Although Trump" as an
      // organisation): the person it names is the one we know. (Words split by char code: the
      // first and the last of m.text.split(/\s+/), only for the mentions that are no person.)
      const w = m.text;
      let a = 0;
      while (a < w.length && !isJsSpace(w.charCodeAt(a))) a++;
      if (a < w.length) {
        let b = w.length;
        while (!isJsSpace(w.charCodeAt(b - 1))) b--;
        const known = byLastName.get(
          w
            .slice(b)
            .toLowerCase()
            .replace(/['’]s$/, ''),
        );
        if (known && FUNCTION_WORDS.has(w.slice(0, a).toLowerCase())) ref = known;
      }
    }
    let s = k;
    while (s < toks.length && toks[s]!.end <= m.start) s++;
    const first = toks[s] && FUNCTION_WORDS.has(toks[s]!.lower) && s + 1 < toks.length ? s + 1 : s;
    // ("The Food Standards Agency warned": the article before the name opens the subject)
    const opener = first > 0 && /^(?:the|a|an)$/.test(toks[first - 1]!.lower) ? first - 1 : first;
    const subject =
      (isSubjectPosition(toks, opener, p.sent) || speaksNext(toks, first, m.end)) && !/['’]s$/.test(m.text);
    const mention = mentionOf(ref, m.start, m.end, pi, first, p.sent[first] ?? p.sent[k] ?? 0, subject, false);
    if (modifierUse(text, m.start, m.end)) mention.modifier = true;
    mentions.push(mention);
  };

  paras.forEach((p, pi) => {
    const toks = p.toks;
    let k = 0;
    while (k < toks.length) {
      const t = toks[k]!;
      // Pronouns (outside quotations) resolved as they come, so later ones can chain on them.
      // (length and first letter first: most words need no lower-case string here)
      const len = t.end - t.start;
      const c0 = t.word && (len === 2 || len === 3) ? t.text.charCodeAt(0) | 32 : 0;
      const lw = c0 === 104 /* h */ || c0 === 115 /* s */ ? t.lower : '';
      const pr = lw === 'he' || lw === 'she' || lw === 'him' || lw === 'his' || lw === 'her' ? PRONOUNS[lw] : undefined;
      if (pr) {
        const ref = resolvePronoun(mentions, genderOf, pr.gender, p.sent[k]!, pi, mentions.length, guessedGender);
        if (ref) {
          pronouns.set(t.start, ref);
          if ((!genderOf.has(ref.key) || guessedGender.has(ref.key)) && pr.gender !== 'u') {
            genderOf.set(ref.key, pr.gender);
            guessedGender.delete(ref.key);
          }
          const subject = (t.lower === 'he' || t.lower === 'she') && isSubjectPosition(toks, k, p.sent);
          mentions.push(mentionOf(ref, t.start, t.end, pi, k, p.sent[k]!, subject, true));
        }
        k++;
        continue;
      }
      // With the recognizer's entities, its mentions are the names (cheaper, and it knows types).
      while (em < entityMentions.length && entityMentions[em]!.start < t.start) em++;
      if (entities.length > 0) {
        const m = entityMentions[em];
        if (m && m.start < t.end && t.word) {
          addEntityMention(m, toks, k, p, pi);
          em++;
        }
        k++;
        continue;
      }
      if (!t.word || !t.cap) {
        k++;
        continue;
      }
      // A run of capitalised words (particles and a short nickname in quotes allowed inside).
      let e = k;
      while (e < toks.length) {
        const u = toks[e]!;
        if (u.word && (u.cap || (PARTICLES.has(u.lower) && toks[e + 1]?.cap))) e++;
        else if (u.quote >= 0 && u.end - u.start <= 24 && e > k && toks[e + 1]?.cap) e++;
        else break;
      }
      let s = k;
      while (s < e && FUNCTION_WORDS.has(toks[s]!.lower)) s++;
      // Split off the title: everything up to the last title word before the final word.
      let nameStart = s;
      for (let j = s; j < e - 1; j++) if (titleWord(toks[j]!.lower)) nameStart = j + 1;
      // "Vice President and Oil Minister Delcy Rodriguez": titles joined by "and" stay titles.
      if (nameStart < e) {
        const first = toks[s];
        const nameToks = toks.slice(nameStart, e).filter((u) => u.quote < 0);
        const hasTitle = nameStart > s;
        const prevTitle = s > 0 && toks[s - 1]?.word && titleWord(toks[s - 1]!.lower);
        const start = toks[nameStart]!.start;
        const end = toks[e - 1]!.end;
        const ent = entityAt(start, end);
        const g0 = firstNameGender(nameToks[0]?.text ?? '');
        const lastLower = nameToks[nameToks.length - 1]!.lower.replace(/['’]s$/, '');
        let ref: PersonRef | null = null;
        const knownPerson = byLastName.get(lastLower);
        if (ent && ent.entity.type !== 'person' && knownPerson && nameStart > k) {
          // The recognizer glued a sentence-initial word to a known person ("Although Trump" as an
          // organisation): the person it names is the one we know.
          ref = knownPerson;
        } else if (ent) {
          ref = { key: ent.entity.id, name: ent.entity.name, entityId: ent.entity.id, type: entityType(ent.entity) };
        } else if (hasTitle || prevTitle || g0 !== 'u' || byLastName.has(lastLower)) {
          const known = nameToks.length === 1 ? byLastName.get(lastLower) : undefined;
          const name = nameToks
            .map((u) => u.text)
            .join(' ')
            .replace(/['’]s$/, '');
          ref = known ?? { key: 'name:' + name.toLowerCase(), name, entityId: null, type: 'person' };
        } else if (
          entities.length === 0 &&
          nameToks.length <= 3 &&
          isSubjectPosition(toks, s, p.sent) &&
          toks[e]?.word &&
          !toks[e]!.cap
        ) {
          // No recognizer output: a capitalised subject followed by a lower-case word (a verb) is
          // a weak person candidate ("Trump spoke on Monday."), used only when nothing better is known.
          const name = nameToks
            .map((u) => u.text)
            .join(' ')
            .replace(/['’]s$/, '');
          ref = { key: 'name:' + name.toLowerCase(), name, entityId: null, type: 'person', weak: true };
        }
        if (ref) {
          if (ref.type === 'person' && !ref.weak) {
            personKeys.add(ref.key);
            if (!genderOf.has(ref.key)) {
              const tg = hasTitle ? (TITLES[toks[nameStart - 1]!.lower] ?? 'u') : 'u';
              const g = g0 !== 'u' ? g0 : tg;
              if (g !== 'u') genderOf.set(ref.key, g);
              if (g0 !== 'u') guessedGender.add(ref.key);
            }
            if (!byLastName.has(lastLower) || nameToks.length > 1) byLastName.set(lastLower, ref);
            if (hasTitle) for (let j = s; j < nameStart; j++) addTitled(titled, toks[j]!.lower.replace(/\.$/, ''), ref);
          }
          const subject = isSubjectPosition(toks, s, p.sent) && !(first && /['’]s$/.test(toks[e - 1]!.text));
          mentions.push(mentionOf(ref, start, end, pi, nameStart, p.sent[k]!, subject, false));
        }
      }
      k = Math.max(e, k + 1);
    }
  });
  void personKeys;
  return { text, paras, mentions, pronouns, genderOf, guessedGender, byLastName, titled, entityAt, author, entities };
}

/** A mention object of one fixed shape (object spread here was the stage's hot spot). */
/** "a Netflix documentary", "the Obama administration": a name between a determiner and a noun. */
export function modifierUse(text: string, start: number, end: number): boolean {
  if (!/(?:^|\s)(?:a|an|the)\s+$/i.test(text.slice(Math.max(0, start - 5), start))) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && !CUE_WORDS.has(next) && !FUNCTION_WORDS.has(next) && !/(?:ed|s)$/.test(next);
}

function mentionOf(
  ref: PersonRef,
  start: number,
  end: number,
  para: number,
  tok: number,
  sent: number,
  subject: boolean,
  pronoun: boolean,
): Mention {
  return {
    key: ref.key,
    name: ref.name,
    entityId: ref.entityId,
    type: ref.type,
    weak: ref.weak === true,
    start,
    end,
    para,
    tok,
    sent,
    subject,
    pronoun,
  };
}

function addTitled(titled: Map<string, PersonRef[]>, word: string, ref: PersonRef): void {
  const list = titled.get(word) ?? [];
  if (!list.some((r) => r.key === ref.key)) list.push(ref);
  titled.set(word, list);
}

/** How many of the discourse's person mentions (sorted by start) begin before `start`. */
export function mentionsBefore(d: Discourse, start: number): number {
  let lo = 0;
  let hi = d.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * "after the novelist Jo Walton explained them to me": a name followed at once by a speech verb
 * is that verb's subject wherever it stands.
 */
function speaksNext(toks: Tok[], k: number, end: number): boolean {
  let e = k;
  while (e < toks.length && toks[e]!.start < end) e++;
  const v = toks[e];
  return v !== undefined && v.word && !v.cap && v.quote < 0 && CUE_WORDS.has(v.lower) && !v.lower.endsWith('ing');
}

export function isSubjectPosition(toks: Tok[], k: number, sent: number[]): boolean {
  if (k === 0) return true;
  const prev = toks[k - 1]!;
  if (prev.sentEnd || sent[k - 1] !== sent[k]) return true;
  if (prev.quote >= 0) return true;
  if (CLAUSE_OPENERS.has(prev.lower)) return true;
  // "In a letter to OPEC, Maduro wrote": a name after an introductory phrase's comma.
  return false;
}
