/**
 * The names an entity goes by besides its own, as the card's "Also called" and the briefing list
 * them. The analysis keeps the titled forms it saw ("Venezuelan President Nicolas Maduro") among
 * the aliases, for highlighting; a reader does not take the name with a title in front for another
 * name, so those are left out here; a first name in front ("Osama bin Laden") makes another name.
 */
import type { Entity } from '../../core/analysis/contract';
import { isTitleHead } from '../../core/nlp/entities/titles';

export function otherNames(e: Pick<Entity, 'name' | 'aliases'>): string[] {
  const names = e.aliases.filter((a) => a !== e.name);
  const bases = [e.name, ...names];
  return names.filter((a) => !bases.some((b) => b !== a && a.endsWith(` ${b}`) && isTitle(a.slice(0, -b.length - 1))));
}

/** Words in front of a name that hold a title's head ("Venezuelan President", "Mr."), not a first name. */
function isTitle(words: string): boolean {
  return words.split(/\s+/).some((w) => isTitleHead(w));
}
