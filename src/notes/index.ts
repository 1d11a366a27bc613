import type { Entity, Quote } from '../analysis/contract';

/** Notes drawn from the article itself (role, introducing sentence, counts). */
export function addArticleNotes(_text: string, _entities: Entity[], _quotes: Quote[]): void {}

/** Offline notes from bundled data (countries, states, cities, organisations). */
export function addBundledNotes(_text: string, _entities: Entity[]): void {}
