/**
 * One entity from the mentions of one name: its type and name (entity-type.ts), its other names,
 * its mentions, and the role the article gives it (titles, descriptions, affiliations).
 */
import type { Entity, EntityType, Mention } from '../../analysis/contract';
import type { NameMention } from './aliases';
import type { MentionType } from './mentions';
import type { RoleContext } from './role-context';
import { namesInside, titleBefore } from './title-before';
import { descriptionAfter } from './appositives';
import { affiliationAfter, partyTagAt } from './affiliations';
import { kindAfter } from './kinds-after';
import { sharedAffiliationAfter } from './shared-roles';
import { descriptorBefore } from './descriptors';
import { kindNamedLater } from './anaphors';
import type { ContextTypeContext } from './context-types';
import { canonicalMention, entityType } from './entity-type';
import { typeFromRoleHead } from './role-head-types';

const TYPE_NAME: Record<MentionType, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

function surface(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\s+/g, ' ');
}

export function buildEntity(
  text: string,
  list: NameMention[],
  roleCtx: RoleContext,
  isFirstName: (lower: string) => boolean,
  typeCtx: ContextTypeContext,
): Entity | null {
  const typed = entityType(list, roleCtx, isFirstName, typeCtx);
  if (typed === null) return null;
  const { type, uncertain } = typed;
  const best = canonicalMention(list);
  const name = surface(text, best.start, best.end);
  const aliases: string[] = [];
  const seen = new Set<string>([name]);
  const mentions: Mention[] = [];
  let title: string | null = null;
  let before: string | null = null;
  let desc: string | null = null;
  /** the body a person is "of" ("of the Pittsburgh Post-Gazette"), or "at" after a description */
  let affiliation: string | null = null;
  let ofBody: string | null = null;
  let tag: string | null = null;
  const kind = type === 'PER' ? 'person' : 'org';
  for (const m of list) {
    const s = surface(text, m.start, m.end);
    mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    if (m.titleFirst < m.first) {
      const titled = surface(text, roleCtx.tokens[m.titleFirst]!.start, m.end);
      if (!seen.has(titled)) {
        seen.add(titled);
        aliases.push(titled);
      }
      if (title === null) {
        title = titleBefore(roleCtx, m.titleFirst, m.first);
        // "Rep. Ilhan Omar (D-Minn.)": the party tag goes with the title
        if (title) tag = partyTagAt(roleCtx, m.last)?.text ?? null;
      }
    }
    // "Jane Holt (R-Texas) said": a party tag without a title is a role too
    if (tag === null && kind === 'person') tag = partyTagAt(roleCtx, m.last)?.text ?? null;
    if (!seen.has(s)) {
      seen.add(s);
      aliases.push(s);
    }
    if (before === null) {
      // an honorific alone ("Sir", "Dr.") is no title: a description may stand before it
      const titled = kind === 'person' && m.titleFirst < m.first && !namesInside(roleCtx, m.titleFirst, m.first);
      const honorific = titled && titleBefore(roleCtx, m.titleFirst, m.first) === null;
      before = honorific
        ? descriptorBefore(roleCtx, m.titleFirst, m.titleFirst, kind)
        : descriptorBefore(roleCtx, titled ? m.titleFirst : m.first, m.first, kind, type === 'LOC');
      // "the immunologist De’Broski Herbert at the University of Pennsylvania"
      if (before !== null && kind === 'person') affiliation = affiliationAfter(roleCtx, m.last, true);
    }
    if (kind === 'person')
      ofBody ??= affiliationAfter(roleCtx, m.last, false) ?? sharedAffiliationAfter(roleCtx, m.last);
    if (desc === null && m.last > m.first) desc = descriptionAfter(roleCtx, m.last, type === 'PER');
    // "the Interfax news agency", "the remote Russian Tuva region"
    if (desc === null && before === null && kind === 'org')
      desc =
        kindAfter(roleCtx, m.first, m.last, type === 'LOC', m.words.length) ??
        kindNamedLater(roleCtx, m.last, type === 'LOC');
  }
  // a description before the name ends with its title when there is one ("Steelers defensive captain")
  const lead = before ?? (title && tag ? `${title} ${tag}` : (title ?? tag));
  const role =
    [lead && affiliation ? `${lead} ${affiliation}` : (lead ?? ofBody), desc]
      .filter((x): x is string => !!x)
      // "Jo Hale, 55, of Leeds,": the body after the name and the appositive may be the same words
      .filter((x, k, all) => all.indexOf(x) === k)
      .join('; ') || null;
  const entity: Entity = {
    id: '',
    name,
    type: TYPE_NAME[typeFromRoleHead(role, type)],
    aliases,
    role,
    mentions,
    notes: [],
  };
  if (uncertain) entity.typeUncertain = true;
  return entity;
}
