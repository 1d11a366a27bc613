/**
 * Roles from a definite description that opens the next sentence and stands for a name just
 * before it, as a reader links them: "… Instagram wants to be private. But the Facebook-owned
 * company has …" gives Instagram "the Facebook-owned company". Only for an entity the article
 * gives no other role, and only when one entity of the matching kind stands in the sentence
 * before (two would leave the reader unsure too).
 */
import type { Entity } from '../../analysis/contract';
import type { RoleContext } from './roles';
import { isListedPersonHead, isOrgRoleHead } from './role-words';

/** What a place is called when the article refers back to it. */
// prettier-ignore
const PLACE_HEADS = new Set(['city', 'capital', 'country', 'state', 'town', 'village', 'island', 'region', 'province', 'territory', 'nation', 'planet', 'kingdom', 'republic', 'enclave', 'metropolis']);
/** Sentence openings a description may follow: "But the company …". */
const OPENERS = /^(?:But|And|Yet|Still|Now|So|Meanwhile|Instead|Then)$/;
const MAX_MODIFIERS = 4;
/** A lower-case word, or a compound ending in one ("Facebook-owned", "four-time"). */
const MODIFIER = /^(?:\p{Ll}[\p{Ll}-]*|[\p{L}\d][\p{L}\d.]*-\p{Ll}[\p{Ll}-]*)$/u;

type Kind = Entity['type'];

export function addDefiniteRoles(ctx: RoleContext, entities: Entity[]): void {
  const { tokens, sentLast } = ctx;
  const byStart = new Map<number, Entity>();
  for (const e of entities) for (const m of e.mentions) byStart.set(m.start, e);
  let sentenceFirst = 0;
  let previousFirst = -1;
  while (sentenceFirst < tokens.length) {
    const end = sentLast[sentenceFirst]!;
    if (end <= sentenceFirst) break;
    if (previousFirst >= 0) {
      const found = descriptionAt(ctx, sentenceFirst, end);
      if (found) {
        const candidates = new Set<Entity>();
        for (let k = previousFirst; k < sentenceFirst; k++) {
          const e = byStart.get(tokens[k]!.start);
          if (e && e.type === found.kind) candidates.add(e);
        }
        const [only] = candidates;
        if (candidates.size === 1 && only && !only.role) only.role = found.text;
      }
    }
    previousFirst = sentenceFirst;
    sentenceFirst = end;
  }
}

/** "the Facebook-owned company" opening a sentence (after "But" and the like), before its verb. */
function descriptionAt(ctx: RoleContext, first: number, end: number): { text: string; kind: Kind } | null {
  const { tokens } = ctx;
  let i = first;
  if (OPENERS.test(tokens[i]?.text ?? '')) i++;
  if (!/^the$/i.test(tokens[i]?.text ?? '')) return null;
  const from = i;
  i++;
  let k = i;
  // the head is the last of a run of head words: "the veteran singer"
  while (
    k < end &&
    k - i <= MAX_MODIFIERS &&
    MODIFIER.test(tokens[k]!.text) &&
    (!headKind(tokens[k]!.text) || headKind(tokens[k + 1]?.text ?? ''))
  )
    k++;
  const head = tokens[k]?.text ?? '';
  const kind = headKind(head);
  // the description ends at its head: a verb follows ("the company has …"), not "of" or a name
  const next = tokens[k + 1]?.text ?? '';
  if (!kind || k >= end || !/^\p{Ll}+$/u.test(next) || /^(?:of|and|or|in|at|for|with|to)$/.test(next)) return null;
  return { text: ctx.text.slice(tokens[from]!.start, tokens[k]!.end).replace(/\s+/g, ' '), kind };
}

function headKind(w: string): Kind | null {
  if (w !== w.toLowerCase()) return null;
  if (PLACE_HEADS.has(w)) return 'place';
  if (isOrgRoleHead(w)) return 'organization';
  if (isListedPersonHead(w)) return 'person';
  return null;
}
