/**
 * The one list of entity types and of note sources. The contract's EntityType and NoteSource are
 * read off these lists, and every table that names them (the sidebar's labels and tabs, the page
 * highlights, the Wikipedia messages' schema, the Markdown briefing's sections, the analysis
 * check) is built from them by the functions below, so a type added here is handled everywhere
 * (tests/unit/entity-types.test.ts adds one to a copy of the list and checks each table).
 */

export interface EntityTypeInfo {
  /** The name in the contract (`entity.type`). */
  readonly type: string;
  /** Labels: "Person", "People". */
  readonly one: string;
  readonly many: string;
  /** The heading of its section in the Markdown briefing. */
  readonly heading: string;
  /** What the Wikipedia card calls one ("organisation", "topic"). */
  readonly kind: string;
  /** Whether the sidebar gives it a tab of its own (the rest show only in cards and the briefing). */
  readonly tab: boolean;
}

export const ENTITY_TYPES = [
  { type: 'person', one: 'Person', many: 'People', heading: 'People', kind: 'person', tab: true },
  {
    type: 'organization',
    one: 'Organisation',
    many: 'Organisations',
    heading: 'Organisations',
    kind: 'organisation',
    tab: true,
  },
  { type: 'place', one: 'Place', many: 'Places', heading: 'Places', kind: 'place', tab: true },
  { type: 'other', one: 'Other', many: 'Other', heading: 'Also named', kind: 'topic', tab: false },
] as const satisfies readonly EntityTypeInfo[];

export type EntityType = (typeof ENTITY_TYPES)[number]['type'];

/** The types' names, in the list's order. */
export const typeNames = <T extends EntityTypeInfo>(list: readonly T[]): T['type'][] => list.map((t) => t.type);
export const ENTITY_TYPE_NAMES: readonly EntityType[] = typeNames(ENTITY_TYPES);

/** A table of one value per type. */
export function perType<T extends EntityTypeInfo, V>(list: readonly T[], value: (t: T) => V): Record<T['type'], V> {
  return Object.fromEntries(list.map((t) => [t.type, value(t)])) as Record<T['type'], V>;
}

/** The types with a tab of their own in the sidebar, in the list's order. */
export const tabTypes = <T extends EntityTypeInfo>(list: readonly T[]): Extract<T, { tab: true }>['type'][] =>
  list.filter((t): t is Extract<T, { tab: true }> => t.tab).map((t) => t.type);

/** The types that have a tab of their own. */
export type TabType = ReturnType<typeof tabTypes<(typeof ENTITY_TYPES)[number]>>[number];

/** Each type's labels, "Person" and "People". */
export const typeLabels = <T extends EntityTypeInfo>(list: readonly T[]) =>
  perType(list, (t) => ({ one: t.one, many: t.many }));

/** Each type's highlight name in the page; quotes and the "show in the article" flash have their own. */
export const highlightNames = <T extends EntityTypeInfo>(list: readonly T[]) => ({
  ...perType(list, (t) => highlightName(t.type)),
  quote: 'gloss-quote',
  flash: 'gloss-flash',
});

/** The name of a type's highlight in the page (CSS.highlights). */
export const highlightName = (type: string): string => `gloss-${type}`;

export interface NoteSourceInfo {
  readonly source: string;
  /** "Source: Wikipedia" in the Markdown briefing. */
  readonly briefingLabel: string;
  /** The heading of the card's group of notes from it. */
  readonly groupLabel: string;
}

/** Where a background note comes from, in the order the card shows them. */
export const NOTE_SOURCES = [
  { source: 'article', briefingLabel: 'the article', groupLabel: 'From the article' },
  { source: 'bundled', briefingLabel: 'Gloss reference data', groupLabel: 'From Gloss’s reference data (offline)' },
  { source: 'wikipedia', briefingLabel: 'Wikipedia', groupLabel: 'From Wikipedia' },
] as const satisfies readonly NoteSourceInfo[];

export type NoteSource = (typeof NOTE_SOURCES)[number]['source'];

/** A table of one value per note source. */
export function perSource<S extends NoteSourceInfo, V>(list: readonly S[], value: (s: S) => V): Record<S['source'], V> {
  return Object.fromEntries(list.map((s) => [s.source, value(s)])) as Record<S['source'], V>;
}
