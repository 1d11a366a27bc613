/**
 * `npm run eval:linking`: the page-choosing logic over the hand-written set in
 * tests/fixtures/linking/cases.json (recorded candidate responses, no network).
 *
 * A case counts as right when Gloss shows the correct page; or, where the text does not say
 * which page is meant (marked `ambiguous`), when it asks "Which one?" and offers the correct
 * page (or any, when none is marked); or, where no page fits, when it says "not found".
 * Also printed: "Which one?" asked where the set expected a page (not wrong, but a click more),
 * and the number of wrong pages shown without a "Which one?" choice (target 0).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../src/core/analysis/contract';
import { bundledWikiTitle } from '../../src/core/notes';
import { normalizeQuery } from '../../src/core/notes/wikipedia/api';
import { keywords } from '../../src/core/notes/wikipedia/context';
import { decide, type Decision } from '../../src/core/notes/wikipedia/linking';
import { nameKey } from '../../src/core/notes/names';
import { MarkdownReport } from '../helpers/markdown-report';

export interface LinkingCase {
  id: string;
  entity: { name: string; type: EntityType; role: string | null };
  text: string;
  others: string[];
  gold: string | null;
  ambiguous: boolean;
  /**
   * Added after the scoring weights were set. Their first run scored 9/12 (0 wrong pages shown);
   * two vocabulary gaps they exposed (office-holder descriptions such as "Speaker of the ...",
   * football-club suffixes such as "F.C.") were then fixed, so they are no longer unseen.
   */
  heldout?: boolean;
  responses: { search: unknown; titles?: unknown };
}

export interface CaseOutcome {
  id: string;
  decision: Decision;
  verdict: 'right' | 'asked' | 'wrong-shown' | 'missed';
  shown: string | null;
}

export function loadCases(): LinkingCase[] {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/linking/cases.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: LinkingCase[] }).cases;
}

export function runCase(c: LinkingCase): CaseOutcome {
  const hintTitle = bundledWikiTitle({ name: c.entity.name, type: c.entity.type, aliases: [] }, c.text);
  let candidates = normalizeQuery(c.responses.search);
  // As the lookup does: the bundled data's page is fetched by title when search missed it.
  if (hintTitle && !candidates.some((x) => nameKey(x.title) === nameKey(hintTitle)) && c.responses.titles) {
    candidates = [...candidates, ...normalizeQuery(c.responses.titles)];
  }
  const decision = decide(
    c.entity.name,
    c.entity.type,
    { role: c.entity.role, otherNames: c.others, keywords: keywords(c.text), hintTitle },
    candidates,
  );
  const same = (t: string | null) => t !== null && c.gold !== null && nameKey(t) === nameKey(c.gold);
  if (decision.kind === 'page') {
    const shown = decision.best.candidate.title;
    return { id: c.id, decision, shown, verdict: same(shown) ? 'right' : 'wrong-shown' };
  }
  if (decision.kind === 'ambiguous') {
    const offered = decision.choices.map((s) => s.candidate.title);
    const goodOffer = c.gold === null ? true : offered.some(same);
    if (c.ambiguous && goodOffer) return { id: c.id, decision, shown: null, verdict: 'right' };
    return { id: c.id, decision, shown: null, verdict: goodOffer && c.gold !== null ? 'asked' : 'missed' };
  }
  return { id: c.id, decision, shown: null, verdict: c.gold === null && !c.ambiguous ? 'right' : 'missed' };
}

function main(): void {
  const md = new MarkdownReport('npm run eval:linking');
  // --verbose: every candidate's score, name match and context share.
  const verbose = process.argv.includes('--verbose');
  const cases = loadCases();
  const outcomes = cases.map(runCase);
  const count = (v: CaseOutcome['verdict']) => outcomes.filter((o) => o.verdict === v).length;
  for (const o of outcomes) {
    const c = cases.find((x) => x.id === o.id)!;
    const got =
      o.decision.kind === 'page'
        ? o.shown
        : o.decision.kind === 'ambiguous'
          ? `Which one? [${o.decision.choices.map((s) => s.candidate.title).join(' | ')}]`
          : 'not found';
    const mark = o.verdict === 'right' ? 'ok   ' : o.verdict === 'asked' ? 'asked' : 'WRONG';
    console.log(
      `${mark} ${o.id.padEnd(20)} ${JSON.stringify(c.entity.name).padEnd(26)} -> ${got}${o.verdict === 'right' ? '' : `   (gold: ${c.gold ?? 'none'})`}`,
    );
    if (verbose) {
      const list =
        o.decision.kind === 'page' ? o.decision.ranked : o.decision.kind === 'ambiguous' ? o.decision.choices : [];
      for (const s of list)
        console.log(
          `        ${s.score.toFixed(2).padStart(6)}  name ${s.nameMatch.toFixed(2)}  context ${s.context.toFixed(2)}  ${s.candidate.title}`,
        );
    }
  }
  const n = outcomes.length;
  const right = count('right');
  const wrongShown = count('wrong-shown');
  console.log('');
  console.log(`cases: ${n}`);
  console.log(`accuracy: ${(right / n).toFixed(3)} (${right}/${n}; target >= 0.9)`);
  console.log(`asked "Which one?" where a page was expected (gold offered): ${count('asked')}`);
  console.log(`missed (not found, or gold not offered): ${count('missed')}`);
  console.log(`wrong pages shown without a "Which one?" choice: ${wrongShown} (target 0)`);
  const rows: (string | number)[][] = [
    ['cases', n],
    ['accuracy (target >= 0.9)', `${(right / n).toFixed(3)} (${right}/${n})`],
    ['asked "Which one?" where a page was expected (gold offered)', count('asked')],
    ['missed (not found, or gold not offered)', count('missed')],
    ['wrong pages shown without a "Which one?" choice (target 0)', wrongShown],
  ];
  const held = outcomes.filter((o) => cases.find((c) => c.id === o.id)?.heldout);
  if (held.length) {
    const hr = held.filter((o) => o.verdict === 'right').length;
    console.log(
      `cases added after the weights were set: ${held.length}, accuracy ${(hr / held.length).toFixed(3)} (${hr}/${held.length}), wrong shown ${held.filter((o) => o.verdict === 'wrong-shown').length}`,
    );
    rows.push([
      'cases added after the weights were set',
      `${held.length}, accuracy ${(hr / held.length).toFixed(3)} (${hr}/${held.length}), wrong shown ${held.filter((o) => o.verdict === 'wrong-shown').length}`,
    ]);
  }
  md.add('Wikipedia page choice over the hand-written set (tests/fixtures/linking/cases.json, recorded responses):');
  md.table(['figure', 'value'], rows);
  md.finish();
  if (right / n < 0.9 || wrongShown > 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
