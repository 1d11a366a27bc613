/**
 * The names an entity goes by besides its own, as the card's "Also called" and the briefing list
 * them. The analysis keeps the titled forms it saw ("Venezuelan President Nicolas Maduro") among
 * the aliases, for highlighting; a reader does not take the name with a title in front for another
 * name, so those are left out here; a first name in front ("Osama bin Laden") makes another name.
 * Nor is the same name in other capitals ("OBAMA" from a capitals dateline, "Bin Laden" opening a
 * sentence): one form is listed, the one written in mixed case.
 */
import type { Entity } from '../../core/analysis/contract';
import { isTitleHead } from '../../core/nlp/entities/titles';

export function otherNames(e: Pick<Entity, 'name' | 'aliases'>): string[] {
  const names = e.aliases.filter((a) => a !== e.name);
  const bases = [e.name, ...names];
  const untitled = names.filter(
    (a) => !bases.some((b) => b !== a && a.endsWith(` ${b}`) && isTitle(a.slice(0, -b.length - 1))),
  );
  const seen = new Set([e.name.toLocaleLowerCase()]);
  // mixed-case forms first, so an all-capitals copy is the one left out
  const byCase = [...untitled].sort((a, b) => Number(isAllCaps(a)) - Number(isAllCaps(b)));
  const kept = new Set(byCase.filter((a) => !seen.has(a.toLocaleLowerCase()) && seen.add(a.toLocaleLowerCase())));
  return untitled.filter((a) => kept.has(a));
}

function isAllCaps(name: string): boolean {
  return name === name.toLocaleUpperCase() && name !== name.toLocaleLowerCase();
}

/** Words in front of a name that hold a title's head ("Venezuelan President", "Mr."), not a first name. */
function isTitle(words: string): boolean {
  return words.split(/\s+/).some((w) => isTitleHead(w));
}
