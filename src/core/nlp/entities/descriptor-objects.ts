/**
 * Descriptions before a person's name whose head takes an object: "former special envoy to Ukraine
 * Kurt Volker", set off by commas ("The director of the National Gallery, Jane Roe, said"), or led
 * by "As" ("As a lung biologist at the University of Pennsylvania, Andrew Vaughan …").
 */
import { isListedPersonHead } from './role-words';
import {
  DETERMINERS,
  POSSESSIVE_PRONOUNS,
  POSSESSIVE_S,
  STOP_WORDS,
  isCapWord,
  isLowerWord,
  isModifier,
} from './descriptor-words';
import { runBefore, type DescriptorContext } from './descriptor-runs';

/**
 * A description whose head takes a name after it: "former special envoy to Ukraine Kurt Volker",
 * "ambassador to the UN Nikki Haley", "chief of staff for Senator X" is not one (a title there).
 */
export function objectRunBefore(ctx: DescriptorContext, p: number): string | null {
  const { tokens } = ctx;
  let k = p - 1;
  while (
    k >= 0 &&
    p - k <= 4 &&
    ctx.sentLast[k] === ctx.sentLast[p] &&
    isCapWord(tokens[k]!.text) &&
    !STOP_WORDS.has(tokens[k]!.text.toLowerCase())
  )
    k--;
  if (k === p - 1 || k < 1) return null;
  if (tokens[k]!.text === 'the') k--;
  if (!OBJECT_PREPOSITIONS.has(tokens[k]?.text ?? '') || ctx.sentLast[k] !== ctx.sentLast[p]) return null;
  const run = runBefore(ctx, k, 'person', 'single');
  return run ? ctx.text.slice(tokens[run.from]!.start, tokens[p - 1]!.end).replace(/\s+/g, ' ') : null;
}
const OBJECT_PREPOSITIONS = new Set(['to', 'for', 'of', 'at']);

/**
 * A description with its object set off by commas before the name: "The director of the National
 * Gallery, Jane Roe, said …", "the former special envoy for Syria, Kurt Vance,". A comma after a
 * phrase often just ends it ("After meeting the head of the agency, Roe said"), so the
 * description must open the sentence or the name be closed by a comma or the sentence's end.
 */
export function commaObjectRunBefore(ctx: DescriptorContext, first: number): string | null {
  const { tokens } = ctx;
  if (first < 4 || tokens[first - 1]!.text !== ',') return null;
  const sentence = ctx.sentLast[first];
  let k = first - 2;
  while (k > 0 && first - k <= 7 && ctx.sentLast[k] === sentence && !OBJECT_PREPOSITIONS.has(tokens[k]!.text)) {
    const w = tokens[k]!.text;
    const l = w.toLowerCase();
    const fits =
      (isCapWord(w) && !STOP_WORDS.has(l)) || l === 'the' || POSSESSIVE_S.test(w) || (isLowerWord(w) && isModifier(w));
    if (!fits) return null;
    k--;
  }
  if (!OBJECT_PREPOSITIONS.has(tokens[k]?.text ?? '') || k >= first - 2 || ctx.sentLast[k] !== sentence) return null;
  const run = runBefore(ctx, k, 'person', 'single');
  if (!run) return null;
  const lead = tokens[run.from]!.text.toLowerCase();
  if (!DETERMINERS.has(lead) && !POSSESSIVE_PRONOUNS.has(lead)) return null;
  if (!isListedPersonHead(tokens[run.to]!.text)) return null;
  const opens =
    run.from === 0 ||
    ctx.sentLast[run.from - 1] !== sentence ||
    (run.from === 1 && /^(?:But|And|Meanwhile|Now)$/.test(tokens[0]!.text));
  let after = first;
  while (after < tokens.length && after - first < 5 && isCapWord(tokens[after]!.text)) after++;
  // "… by the head of the union, Pia Sorn." ends the sentence with the name: an appositive too
  const closed = after >= tokens.length || ctx.sentLast[after] !== sentence || /^[,.;!?]$/.test(tokens[after]!.text);
  if (!opens && !closed) return null;
  return ctx.text.slice(tokens[run.from]!.start, tokens[first - 2]!.end).replace(/\s+/g, ' ');
}

/** "As a lung biologist at the University of Pennsylvania, Andrew Vaughan followed …". */
export function asBefore(ctx: DescriptorContext, p: number): string | null {
  const { tokens } = ctx;
  if (p < 4 || tokens[p - 1]!.text !== ',') return null;
  let s = p - 2;
  while (s - 1 >= 0 && ctx.sentLast[s - 1] === ctx.sentLast[p] && tokens[s - 1]!.text !== ',') s--;
  if (s > 0 && ctx.sentLast[s - 1] === ctx.sentLast[p]) return null;
  if (tokens[s]!.text !== 'As' || !DETERMINERS.has(tokens[s + 1]?.text.toLowerCase() ?? '')) return null;
  let head = false;
  for (let k = s + 2; k < p - 1; k++)
    if (isLowerWord(tokens[k]!.text) && isListedPersonHead(tokens[k]!.text)) head = true;
  return head ? ctx.text.slice(tokens[s + 1]!.start, tokens[p - 2]!.end).replace(/\s+/g, ' ') : null;
}
