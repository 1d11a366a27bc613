/**
 * What an entity is and what it is called: its type, chosen from its mentions' types and from
 * what the article says around the name, and the mention whose words name it.
 */
import type { NameMention } from './aliases';
import { definedType } from './definitions';
import type { MentionType } from './mentions';
import type { RoleContext } from './role-context';
import { isCompanyReadAsPerson } from './companies';
import { typeFromContext, type ContextTypeContext } from './context-types';
import { isPersonsPossession } from './possessed-names';

/** The type of a group of mentions of one entity; null when it is none of the three kinds. */
export function entityType(
  list: NameMention[],
  roleCtx: RoleContext,
  isFirstName: (lower: string) => boolean,
  typeCtx: ContextTypeContext,
): { type: MentionType; uncertain: boolean } | null {
  // type: a full personal name makes a person; otherwise the majority of mentions
  let type: MentionType;
  // unsure: the mentions were read as different kinds and nothing below settles it
  let uncertain = false;
  if (list.some((m) => m.type === 'PER' && m.words.length >= 2)) type = 'PER';
  else {
    uncertain = new Set(list.map((m) => m.type)).size > 1;
    // the fullest forms decide ("United States" over its acronym "US"), then the majority
    const maxWords = Math.max(...list.map((m) => m.words.length));
    const votes = new Map<MentionType, number>();
    for (const m of list) if (m.words.length === maxWords) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
    type = list[0]!.type;
    for (const [t, v] of votes) if (v > (votes.get(type) ?? 0)) type = t;
  }
  // a company the recognizer never saw, read as a person ("Kroger", "Northrop Grumman")
  if (type === 'PER' && isCompanyReadAsPerson(list, isFirstName)) type = 'ORG';
  if (type === 'PER' && isPersonsPossession(list, typeCtx)) type = 'ORG'; // "Roe's Acmeworks"
  // what the words around the name say it is ("the novel X", "X, California", "the band X")
  const fromContext = typeFromContext(list, type, typeCtx);
  if (fromContext === 'MISC') return null;
  if (fromContext !== null && fromContext !== type) {
    type = fromContext;
    uncertain = false;
  }
  // the article's own definition of the name ("Cary Towne Center is a shopping mall"), where it
  // gives one, over what the mentions say; a work or an event is none of the three kinds
  for (const m of list) {
    const defined = definedType(roleCtx, m.first, m.last);
    if (defined === 'MISC') return null;
    if (defined) {
      type = defined;
      uncertain = false;
      break;
    }
  }
  return { type, uncertain };
}

/** The mention that names the entity. */
export function canonicalMention(list: NameMention[]): NameMention {
  // canonical: the fullest proper form (most words, not all capitals), earliest on ties
  let best = list[0]!;
  for (const m of list) {
    if (m.words.length > best.words.length || (m.words.length === best.words.length && best.allCaps && !m.allCaps))
      best = m;
    // an abbreviation gives way to the word it shortens ("Calif." / "California")
    else if (
      m.words.length === 1 &&
      best.words.length === 1 &&
      m.words[0]!.length > best.words[0]!.length &&
      m.words[0]!.startsWith(best.words[0]!)
    )
      best = m;
  }
  return best;
}
