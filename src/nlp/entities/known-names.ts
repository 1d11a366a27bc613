/**
 * A few names whose type the news convention fixes against what their words suggest: seats of
 * government that stand for the government ("The White House has said" is the administration,
 * an organisation), and craft that are neither organisations nor places ("Air Force One").
 * Lowercase, tokens joined by one space. 'MISC' means: not a person, organisation or place.
 */
export const KNOWN_NAME_TYPES = new Map<string, 'ORG' | 'LOC' | 'MISC'>([
  ['white house', 'ORG'],
  ['kremlin', 'ORG'],
  ['pentagon', 'ORG'],
  ['downing street', 'ORG'],
  ['elysee', 'ORG'],
  ['élysée', 'ORG'],
  ['elysee palace', 'ORG'],
  ['élysée palace', 'ORG'],
  ['blue house', 'ORG'],
  ['quai d’orsay', 'ORG'],
  ['air force one', 'MISC'],
  ['air force two', 'MISC'],
  ['marine one', 'MISC'],
]);

/**
 * Words that make a capitalised phrase an organisation ("Cartel of the Suns", "Bank of England",
 * "Revolutionary Armed Forces") when the recognizer left it untagged or called it MISC.
 */
export const ORG_HEAD_WORDS = new Set([
  'cartel', 'party', 'army', 'front', 'movement', 'council', 'committee', 'union', 'association',
  'bank', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'ministry', 'department', 'agency',
  'commission', 'organisation', 'organization', 'institute', 'university', 'college', 'parliament',
  'assembly', 'congress', 'federation', 'league', 'command', 'forces', 'brigade', 'brigades', 'guard',
  'foundation', 'fund', 'authority', 'bureau', 'airlines', 'airways', 'society', 'church', 'tribunal',
  'coalition', 'alliance', 'gang', 'militia', 'cabinet', 'senate', 'court', 'police', 'navy',
]);
