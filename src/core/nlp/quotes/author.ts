/**
 * The article's author, from its byline block ("By Jane Doe", "Jane Doe | Staff writer"): the
 * speaker of what the article says in the first person ("as I wrote then, “…”").
 */
import type { Entity, TextSpan } from '../../analysis/contract';
import type { PersonRef } from './discourse';

/** One to four capitalised words (initials, particles and hyphens allowed): a person's name. */
const NAME =
  /^(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|del|la|le|bin|al)(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|del|la|le|bin|al)){1,3}$/u;

/** The author a byline names, if it names exactly one person. */
export function bylineAuthor(
  text: string,
  bylines: readonly TextSpan[],
  entities: readonly Entity[],
): PersonRef | null {
  for (const b of bylines) {
    const line = text.slice(b.start, b.end).replace(/\s+/g, ' ').trim();
    // (the name ends at a separator, a date or a role: "Jane Doe, Staff Writer", "Jane Doe | May 3")
    const name = line
      .replace(/^(?:written |reported )?by:? /i, '')
      .split(/ *(?:[,|•·/–—(]| - | and | & | on | at | for | in |\d)/)[0]!
      .trim();
    if (/ (?:and|&) /i.test(line.replace(/^(?:written |reported )?by:? /i, '').split(/[|•·]/)[0]!)) continue;
    if (!NAME.test(name)) continue;
    const ent = entities.find((e) => e.type === 'person' && (e.name === name || e.aliases.includes(name)));
    return ent
      ? { key: ent.id, name: ent.name, entityId: ent.id, type: 'person' }
      : { key: 'author:' + name.toLowerCase(), name, entityId: null, type: 'person' };
  }
  return null;
}
