// @vitest-environment jsdom
/**
 * An unnamed source end to end: the analysis keeps the article's description as the speaker (no
 * entity), and the Quotes view shows that description as plain text, not as a link to the
 * organisation named inside it, whose card lists no quote.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analysis/analyze';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { ARTICLE, makeState, mountForTest } from './sidebar-fixtures';

const ner = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const TEXT =
  'Boris Johnson met the Labour Party leaders in London on Monday.\n\n“This will not last the winter,” a senior Labour source said.';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  document.body.textContent = '';
});

describe('an unnamed source in the sidebar', () => {
  it('is shown as the article describes it, not as the organisation named in the description', async () => {
    const analysis = analyzeText(TEXT, { ner }, { declaredLang: 'en' });
    const [q] = analysis.quotes;
    expect(q?.speaker).toMatchObject({ entityId: null, name: 'a senior Labour source' });
    const labour = analysis.entities.find((e) => e.name === 'Labour Party');
    expect(labour).toBeDefined();

    const m = await mountForTest(makeState({ analysis, article: { ...ARTICLE, text: TEXT } }));
    cleanup = m.cleanup;
    const [item] = m.$$('.gl-quote-item');
    const speaker = item!.querySelector('.gl-speaker')!;
    expect(speaker.textContent).toBe('a senior Labour source');
    expect(speaker.tagName).toBe('SPAN');
    expect(item!.querySelector('button.gl-speaker')).toBeNull();
  });
});
