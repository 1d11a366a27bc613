import type { Entity, Quote } from '../../analysis/contract';

/** Quotations in `text` with their speakers (pointing into `entities`). */
export function findQuotes(_text: string, _entities: Entity[]): Quote[] {
  return [];
}
