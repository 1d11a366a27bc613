/**
 * Corrections to the recognizer's spans from small, documented lexicons (known-names.ts):
 *  - names whose type is fixed by convention ("White House" -> ORG, "Air Force One" -> MISC);
 *  - a capitalised phrase headed by an organisation word that the model left untagged or called
 *    MISC ("the “Cartel of the Suns”") becomes an organisation;
 *  - a military unit's number and a country's adjective belong to the unit's name ("65th Air
 *    Division", "Eighth Air Force", "Spanish Air Force", "Mexican Army"; CoNLL tags these whole).
 *  - events, prizes and wars are not organisations, places or people ("MTV Video Music Awards",
 *    "Battle of the Bulge", "Operation Market Garden": CoNLL's MISC);
 *  - the last word of a name tells its type against what its first words suggest: "Hancock
 *    Pond" is a place, "Mark Hopkins Hotel" not a person, "Cal Anderson Park" a place;
 *  - names inside a quoted title are words of the title (“Anarchy in Tokyo”);
 *  - a capitalised name that opens a sentence defining it ("Brandhorst is a municipality") is
 *    that kind of name even where the recognizer saw none.
 * The steps live by kind in revise-missed.ts, revise-extents.ts, revise-misc.ts and
 * revise-heads.ts; this file runs them in order.
 * The lexicons are CoNLL-2003's conventions written down; the rules were chosen on CoNLL dev and
 * a quarter of wikigold's training half (scripts/ner/eval-val.ts), never on held-out text.
 */
import type { Token } from '../tokenize';
import type { NerSpan } from '../ner/recognize';
import type { SpanRevision } from './span-revision';
import { definedNames, knownNames, lowerCaseParties, missedOrgPhrases } from './revise-missed';
import { quotedNicknames, unitNumbers } from './revise-extents';
import { eventNames, quotedTitles } from './revise-misc';
import {
  businessHeads,
  facilityHeads,
  placeHeads,
  placeOpeners,
  placesAfterPersons,
  stateCodes,
  venues,
} from './revise-heads';

export function reviseSpans(
  tokens: readonly Token[],
  sentLast: Int32Array,
  spans: NerSpan[],
  isDemonym?: (lower: string) => boolean,
): NerSpan[] {
  const n = tokens.length;
  const typeAt: string[] = new Array<string>(n).fill('');
  for (const s of spans) for (let i = s.first; i < s.last; i++) typeAt[i] = s.type;
  const replacements: NerSpan[] = [];
  const r: SpanRevision = { tokens, sentLast, spans, n, typeAt, replacements, isDemonym };

  // the order matters: several steps leave alone the tokens an earlier one replaced
  knownNames(r);
  missedOrgPhrases(r);
  lowerCaseParties(r);
  quotedNicknames(r);
  unitNumbers(r);
  eventNames(r);
  placeHeads(r);
  placeOpeners(r);
  facilityHeads(r);
  placesAfterPersons(r);
  businessHeads(r);
  venues(r);
  stateCodes(r);
  quotedTitles(r);
  definedNames(r);

  if (replacements.length === 0) return spans;
  // replacements win over the spans they overlap
  const kept = spans.filter((s) => !replacements.some((r) => r.first < s.last && s.first < r.last));
  return [...kept, ...replacements].sort((a, b) => a.first - b.first);
}
