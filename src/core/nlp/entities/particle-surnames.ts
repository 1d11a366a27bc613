/**
 * A surname's particle written before a mention of the surname alone ("Locksley and von Moltke
 * used a tag", after "Jakob von Moltke"): the recognizer often leaves the lowercase particle out
 * of the name, and the mention then reads "Moltke" where the article wrote "von Moltke". The
 * mention takes the particle in when a full personal name of the article holds the same
 * particle before the same word, so "de" in "the works de Gaulle …" is not guessed from the word
 * alone. The longer mention then meets the full name as a surname of two words (aliases.ts).
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';
import { SURNAME_PARTICLES } from './name-keys';

/** The mentions, those of a surname written after its particle taking the particle in. */
export function withSurnameParticles(ms: readonly NameMention[], tokens: readonly Token[]): NameMention[] {
  // "von moltke": a particle and the word after it inside a full personal name
  const held = new Set<string>();
  for (const m of ms) {
    if (m.type !== 'PER' || m.words.length < 3) continue;
    for (let k = 1; k + 1 < m.words.length; k++)
      if (SURNAME_PARTICLES.has(m.words[k]!)) held.add(`${m.words[k]} ${m.words[k + 1]}`);
  }
  if (held.size === 0) return [...ms];
  return ms.map((m) => {
    if (m.type !== 'PER') return m;
    let out = m;
    // "van der Vaart": each particle before the one after it
    for (;;) {
      const before = out.first > 0 ? tokens[out.first - 1]! : null;
      const particle = before?.text ?? '';
      // written lowercase and glued to the name by a single space
      if (!before || !SURNAME_PARTICLES.has(particle) || tokens[out.first]!.start - before.end !== 1) return out;
      if (!held.has(`${particle} ${out.words[0]}`)) return out;
      out = {
        ...out,
        first: out.first - 1,
        titleFirst: Math.min(out.titleFirst, out.first - 1),
        start: before.start,
        words: [particle, ...out.words],
        allCaps: false,
        ...(out.acronyms ? { acronyms: [false, ...out.acronyms] } : {}),
      };
    }
  });
}
