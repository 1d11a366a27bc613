/**
 * A quotation the article repeats (a phrase quoted in full, then again further down; a line
 * quoted in the introduction and again in the body) keeps the speaker it had the first time,
 * when its later place gives no speaker of its own next to it.
 */
import type { Speaker } from '../../analysis/contract';

/** Fewer words than this are a phrase anyone may repeat ("a disaster"), not one quotation. */
const MIN_WORDS = 4;

/** The quoted words compared: lower case, letters and digits only, one space between words. */
function normalise(words: string): string {
  return words
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export class QuotedBefore {
  private readonly seen: { words: string; speaker: Speaker; cue: string | null }[] = [];

  /** Keeps an attributed quotation's words (long enough to be told apart). */
  remember(words: string, speaker: Speaker, cue: string | null): void {
    const w = normalise(words);
    if (w.split(' ').length >= MIN_WORDS) this.seen.push({ words: w, speaker, cue });
  }

  /**
   * The speaker of an earlier quotation with the same words, or that holds these; with `loose`
   * (when nothing else names a speaker), also one that these words hold.
   */
  recall(words: string, loose: boolean): { speaker: Speaker; cue: string | null } | null {
    const w = normalise(words);
    if (w.split(' ').length < MIN_WORDS) return null;
    for (const s of this.seen) {
      if (s.words.includes(w) || (loose && w.includes(s.words))) return { speaker: s.speaker, cue: s.cue };
    }
    return null;
  }
}
