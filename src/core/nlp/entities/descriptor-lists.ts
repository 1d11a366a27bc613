/**
 * A description given over a list of names, to each name in it: "founding members A, B and C",
 * "media figures such as A, B and C", "a genre-bending superstar like X".
 */
import { STOP_WORDS, isCapWord, type Kind } from './descriptor-words';
import { runBefore, slice, type DescriptorContext } from './descriptor-runs';

/** "media figures such as A, B and C": each of them is a media figure; "a genre-bending superstar like X". */
export function suchAsBefore(ctx: DescriptorContext, p: number, kind: Kind): string | null {
  const { tokens } = ctx;
  if (tokens[p - 1]?.text.toLowerCase() === 'like') {
    const run = runBefore(ctx, p - 1, kind, 'single');
    // "a … superstar like X" with a word that describes; not "someone like X" or "leaders like X"
    return run && /^an?$/i.test(tokens[run.from]!.text) && run.to - run.from >= 2 ? slice(ctx, run.from, run.to) : null;
  }
  if (tokens[p - 1]?.text.toLowerCase() !== 'as' || tokens[p - 2]?.text.toLowerCase() !== 'such') return null;
  const run = runBefore(ctx, p - 2, kind, 'such');
  return run && slice(ctx, run.from, run.to);
}

/** "founding members A, B and C": the description of a list, given to each name in it. */
export function listRunBefore(ctx: DescriptorContext, first: number, kind: Kind): string | null {
  const { tokens } = ctx;
  let p = first;
  for (let items = 0; items < 8; items++) {
    const sep = tokens[p - 1]?.text;
    if (sep !== ',' && sep !== 'and') return null;
    let q = p - 1;
    if (sep === 'and' && tokens[q - 1]?.text === ',') q--;
    // back over the previous name (capitalised words and initials)
    let k = q - 1;
    while (k >= 0 && isCapWord(tokens[k]!.text) && !STOP_WORDS.has(tokens[k]!.text.toLowerCase())) k--;
    if (k === q - 1) return null;
    p = k + 1;
    const such = suchAsBefore(ctx, p, kind);
    if (such) return such;
    const run = runBefore(ctx, p, kind, 'plural');
    if (run) return slice(ctx, run.from, run.to);
  }
  return null;
}
