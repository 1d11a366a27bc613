/**
 * The PolNeAR scorer (tests/eval/polnear) must reproduce the README's calibration rows for the
 * quotation-marks-only baseline before any of its other figures mean anything. Skips (with a
 * message) only when ../shared/corpora/quotes-polnear is absent; wrong numbers fail.
 */
import { describe, expect, it } from 'vitest';
import { polnearAvailable, loadSplit, parseAnn, quoteSegments, eventKind } from '../eval/polnear/corpus';
import { calibrationRows } from '../eval/quotes';
import { goldEvents, nameCorrect, scoreDoc, emptyCounts } from '../eval/polnear/score';

const available = polnearAvailable();
if (!available) console.log('skipped: ../shared/corpora/quotes-polnear not found');

describe.skipIf(!available)('PolNeAR calibration (README rows)', () => {
  it('dev: quote marks alone', () => {
    expect(calibrationRows('dev')).toEqual([
      { filter: 'none', tp: 385, fp: 63, p: '0.859', r: '1.000', f1: '0.924' },
      { filter: 'segment >=4 words', tp: 371, fp: 15, p: '0.961', r: '0.964', f1: '0.962' },
    ]);
  });
  it('test: quote marks alone', () => {
    expect(calibrationRows('test')).toEqual([
      { filter: 'none', tp: 410, fp: 50, p: '0.891', r: '1.000', f1: '0.943' },
      { filter: 'segment >=4 words', tp: 390, fp: 15, p: '0.963', r: '0.951', f1: '0.957' },
    ]);
  });
  it('reference counts: gold events and C1 segments', () => {
    const dev = loadSplit('dev');
    expect(dev.reduce((n, d) => n + goldEvents(d).length, 0)).toBe(385);
    expect(dev.reduce((n, d) => n + d.segments.length, 0)).toBe(877);
  });
});

describe('PolNeAR scorer pieces (no corpus needed)', () => {
  const text = 'Title\n\n“He is right,” Flynn, a surrogate, said. “I mean it.” He called it a "scam".\n';
  it('C1 segments: curly and straight marks, marks included', () => {
    const segs = quoteSegments(text).map((s) => text.slice(s.start, s.end));
    expect(segs).toEqual(['“He is right,”', '“I mean it.”', '"scam"']);
  });
  it('brat parsing, event type and the primary protocol', () => {
    const a = text.indexOf('“He');
    const b = text.indexOf('“I');
    const f = text.indexOf('Flynn');
    const ann = [
      `T1\tSource ${f} ${f + 5}\tFlynn`,
      `T2\tCue ${text.indexOf('said')} ${text.indexOf('said') + 4}\tsaid`,
      `T3\tContent ${a} ${a + 14};${b} ${b + 12}\t“He is right,” “I mean it.”`,
      `E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3`,
    ].join('\n');
    const events = parseAnn(ann, text);
    expect(events[0]!.sourceText).toBe('Flynn');
    const segments = quoteSegments(text);
    expect(eventKind(text, events[0]!.content, segments)).toBe('pure');
    const doc = {
      name: 'x',
      text,
      segments,
      events: events.map((e) => ({ ...e, kind: eventKind(text, e.content, segments) })),
    };
    const c = emptyCounts();
    // Two predictions covering the split quote count once; the scare quote is a false positive.
    scoreDoc(
      doc,
      [
        { spans: [{ start: a, end: a + 14 }], speaker: { name: 'Michael Flynn', mention: { start: f, end: f + 5 } } },
        { spans: [{ start: b, end: b + 12 }], speaker: null },
        { spans: [{ start: text.indexOf('"scam"'), end: text.indexOf('"scam"') + 6 }], speaker: null },
      ],
      c,
    );
    expect(c).toMatchObject({ gold: 1, tp: 1, fp: 1, speakerMention: 1, speakerName: 1, nameDefined: 1 });
  });
  it('name level strips honorifics and possessives', () => {
    expect(nameCorrect('Sen. Claire McCaskill', 'Democratic Sen. Claire McCaskill (D-Mo.)')).toBe(true);
    expect(nameCorrect("Trump's", 'Donald Trump')).toBe(true);
    expect(nameCorrect('Hillary Clinton', 'Trump')).toBe(false);
  });
});
