/**
 * A quotation the article repeats (a phrase quoted in full, then again further down; a line
 * quoted in the introduction and again in the body) keeps the speaker it had the first time,
 * when its later place gives no speaker of its own next to it.
 */
import type { Speaker } from '../../analysis/contract';
import { hasWords, wordsKey } from './word-key';

/** Fewer words than this are a phrase anyone may repeat ("a disaster"), not one quotation. */
const MIN_WORDS = 4;

export class QuotedBefore {
  // The words as quoted; their keys are made on the first recall (most articles never ask).
  private readonly seen: { words: string; key?: string; speaker: Speaker; cue: string | null }[] = [];

  /** Keeps an attributed quotation's words. */
  remember(words: string, speaker: Speaker, cue: string | null): void {
    this.seen.push({ words, speaker, cue });
  }

  /**
   * The speaker of an earlier quotation (long enough to be told apart) with the same words, or
   * that holds these; with `loose` (when nothing else names a speaker), also one that these
   * words hold.
   */
  recall(words: string, loose: boolean): { speaker: Speaker; cue: string | null } | null {
    if (this.seen.length === 0) return null;
    const w = wordsKey(words);
    if (!hasWords(w, MIN_WORDS)) return null;
    for (const s of this.seen) {
      const k = (s.key ??= wordsKey(s.words));
      if (!hasWords(k, MIN_WORDS)) continue;
      if (k.includes(w) || (loose && w.includes(k))) return { speaker: s.speaker, cue: s.cue };
    }
    return null;
  }
}
