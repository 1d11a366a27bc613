/** Reading time in whole minutes at 230 words a minute (adult silent reading of prose), at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}
