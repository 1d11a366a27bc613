/**
 * Golden output of the quote stage, for refactoring it with byte-identical results:
 * `tsx tests/eval/polnear/golden.ts [--record]` runs findQuotes over the PolNeAR train and dev
 * documents and the CoNLL-2003 dev text, each with the recognizer's entities and with none (the
 * two paths of the discourse scan), and writes every document's quotes as JSON lines to
 * /tmp/gloss-quotes-golden/<label>.jsonl. With --record that is the reference; without, the
 * output is compared with the reference and every differing document is listed.
 *
 * The entities are computed once and cached in /tmp (the entity recognizer may change under us:
 * the quote stage is compared on the same input). The PolNeAR test split is not used here.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entity } from '../../../src/core/analysis/contract';
import { findEntities } from '../../../src/core/nlp/entities';
import { findQuotes } from '../../../src/core/nlp/quotes';
import { parseNerModel } from '../../../src/core/nlp/ner/model';
import { readConll, REPO_ROOT } from '../../../scripts/ner/corpus';
import { loadSplit, polnearAvailable } from './corpus';

const DIR = '/tmp/gloss-quotes-golden';
const record = process.argv.includes('--record');

function texts(): { label: string; texts: string[] }[] {
  const out: { label: string; texts: string[] }[] = [];
  if (polnearAvailable())
    for (const split of ['train', 'dev'] as const)
      out.push({ label: `polnear-${split}`, texts: loadSplit(split).map((d) => d.text) });
  const conll = readConll('dev');
  if (conll) out.push({ label: 'conll-dev', texts: conll.map((d) => d.text) });
  return out;
}

function cachedEntities(label: string, list: string[]): Entity[][] {
  const path = resolve(DIR, `${label}.entities.json`);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as Entity[][];
  const model = parseNerModel(JSON.parse(readFileSync(resolve(REPO_ROOT, 'assets/model/ner-model.json'), 'utf8')));
  const ents = list.map((t) => findEntities(t, model));
  writeFileSync(path, JSON.stringify(ents));
  return ents;
}

mkdirSync(DIR, { recursive: true });
let docs = 0;
let differ = 0;
let quotes = 0;
for (const { label, texts: list } of texts()) {
  const ents = cachedEntities(label, list);
  for (const mode of ['entities', 'none'] as const) {
    const lines = list.map((t, i) => {
      const q = findQuotes(t, mode === 'entities' ? ents[i]! : []);
      quotes += q.length;
      return JSON.stringify(q);
    });
    const name = `${label}.${mode}`;
    const path = resolve(DIR, `${name}.jsonl`);
    const hash = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
    docs += lines.length;
    if (record) {
      writeFileSync(path, lines.join('\n'));
      console.log(`${name}: ${lines.length} documents recorded, sha256 ${hash}`);
      continue;
    }
    const ref = readFileSync(path, 'utf8').split('\n');
    let bad = 0;
    lines.forEach((l, i) => {
      if (l !== ref[i]) {
        bad++;
        if (bad <= 5)
          console.log(`  DIFF ${name} #${i}\n    want ${ref[i]!.slice(0, 400)}\n    got  ${l.slice(0, 400)}`);
      }
    });
    differ += bad;
    console.log(`${name}: ${lines.length} documents, ${bad} differ, sha256 ${hash}`);
  }
}
console.log(`${docs} document runs, ${quotes} quotes, ${record ? 'recorded' : `${differ} differ`}`);
if (differ) process.exitCode = 1;
