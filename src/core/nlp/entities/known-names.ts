/**
 * A few names whose type the news convention fixes against what their words suggest: seats of
 * government that stand for the government ("The White House has said" is the administration,
 * an organisation), and craft that are neither organisations nor places ("Air Force One").
 * Lowercase, tokens joined by one space. 'MISC' means: not a person, organisation or place.
 */
// prettier-ignore
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
  // the planets and the Moon are places, as CoNLL-2003 tags "Mars" (not Mercury and Venus: people's names)
  ['earth', 'LOC'],
  ['moon', 'LOC'],
  ['mars', 'LOC'],
  ['jupiter', 'LOC'],
  ['saturn', 'LOC'],
  ['uranus', 'LOC'],
  ['neptune', 'LOC'],
  ['pluto', 'LOC'],
  // holidays are days, not people or organisations ("Christmas cards", "fish for Easter")
  ...[
    'christmas', 'easter', 'thanksgiving', 'halloween', 'hanukkah', 'chanukah', 'passover', 'ramadan', 'diwali',
    'pentecost', 'epiphany', 'lent', 'advent', 'kwanzaa', 'yom kippur', 'rosh hashanah', 'eid', 'eid al-fitr',
    'eid al-adha', 'mardi gras', 'christmas eve', 'christmas day', 'easter sunday', 'good friday', 'memorial day',
    'labor day', 'independence day', 'veterans day',
    // (the tokenizer splits the possessive off: "Mother ’s Day")
    ...['new year', 'valentine', 'mother', 'father'].flatMap((w) => [`${w} ’s`, `${w} 's`].map((p) => (w === 'new year' ? p : `${p} day`))),
  ].map((w) => [w, 'MISC'] as const),
  // followers of a religion are a group of people, not a person or an organisation (CoNLL's MISC)
  ...[
    'muslim', 'muslims', 'moslem', 'moslems', 'christian', 'christians', 'jew', 'jews', 'hindu', 'hindus', 'buddhist',
    'buddhists', 'sikh', 'sikhs', 'catholic', 'catholics', 'protestant', 'protestants', 'mormon', 'mormons',
    'evangelical', 'evangelicals', 'sunni', 'sunnis', 'shia', 'shias', 'shiite', 'shiites',
  ].map((w) => [w, 'MISC'] as const),
]);

/**
 * Words that make a capitalised phrase an organisation ("Cartel of the Suns", "Bank of England",
 * "Revolutionary Armed Forces") when the recognizer left it untagged or called it MISC.
 */
// prettier-ignore
export const ORG_HEAD_WORDS = new Set([
  'cartel', 'party', 'army', 'front', 'movement', 'council', 'committee', 'union', 'association',
  'bank', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'ministry', 'department', 'agency',
  'commission', 'organisation', 'organization', 'institute', 'university', 'college', 'parliament',
  'assembly', 'congress', 'federation', 'league', 'command', 'forces', 'brigade', 'brigades', 'guard',
  'foundation', 'fund', 'authority', 'bureau', 'airlines', 'airways', 'society', 'church', 'tribunal',
  'coalition', 'alliance', 'gang', 'militia', 'cabinet', 'senate', 'court', 'police', 'navy',
]);

/**
 * Last words that make a capitalised name an event, a prize, a war or a law ("MTV Video Music
 * Awards", "Nobel Prize", "World Cup", "Gulf War", "Clean Air Act", "First Amendment"): CoNLL's
 * MISC, shown as "other", not as the organisation or place the recognizer may read in its first
 * words.
 */
// prettier-ignore
export const EVENT_HEAD_WORDS = new Set([
  'award', 'awards', 'prize', 'prizes', 'festival', 'championship', 'championships', 'olympics', 'cup',
  'war', 'tournament', 'marathon', 'rally', 'expo', 'biennale', 'trophy', 'act', 'amendment', 'code',
  // periods and crises of history: "the Great Depression", "the Cuban Missile Crisis"
  'depression', 'recession', 'revolution', 'crisis',
  // gatherings and their rites: "the Springfield Auto Show", "Hall of Fame Induction"
  'show', 'induction', 'ceremony', 'gala', 'parade',
]);

/** First words that make a capitalised name an event: "Battle of the Bulge", "Operation Market Garden". */
export const EVENT_FIRST_WORDS = new Set(['battle', 'siege', 'operation', 'treaty']);

/**
 * Last words that make a name a place ("Hancock Pond", "Bridgton Junction", "Red Square",
 * "Elm Coulee"), whatever type the recognizer read in its first words.
 */
// prettier-ignore
export const PLACE_HEAD_WORDS = new Set([
  'pond', 'lake', 'lakes', 'river', 'brook', 'creek', 'reservoir', 'mountain', 'mountains', 'hill', 'hills',
  'valley', 'bay', 'island', 'islands', 'isle', 'junction', 'square', 'street', 'avenue', 'road', 'boulevard',
  'lane', 'forest', 'desert', 'peninsula', 'canal', 'falls', 'coast', 'beach', 'harbor', 'harbour', 'strait',
  'straits', 'gulf', 'sea', 'ocean', 'glacier', 'canyon', 'ridge', 'plateau', 'county', 'province', 'township',
  'coulee', 'springs', 'heights', 'corner', 'district', 'locks', 'passage', 'cove', 'inlet', 'fjord', 'lagoon',
  'reef', 'atoll', 'crater', 'basin', 'delta', 'wetlands', 'dunes', 'cliffs', 'marsh',
]);

/**
 * Words before "District" that make it a body, not a part of a town: "Springfield School District",
 * "Acme Water District" (not "Central Business District").
 */
// prettier-ignore
export const DISTRICT_BODY_WORDS = new Set(['school', 'schools', 'water', 'fire', 'utility', 'sewer', 'sanitation', 'irrigation', 'transit', 'hospital', 'health', 'park', 'parks', 'library', 'court', 'congressional']);

/**
 * Last words of buildings and businesses, never of a person's name: a name the recognizer read
 * as a person that ends in one is the building or business ("Mark Hopkins Hotel" an
 * organisation, "Clarence Dock" a place), as wikigold and CoNLL-2003 tag them.
 */
// prettier-ignore
export const FACILITY_HEADS = new Map<string, 'ORG' | 'LOC'>([
  ...['center', 'centre', 'mall', 'hotel', 'records', 'station', 'stadium', 'airport', 'hospital', 'school', 'museum', 'theatre', 'theater', 'tower'].map((w) => [w, 'ORG'] as const),
  ...['gym', 'dock', 'estate'].map((w) => [w, 'LOC'] as const),
]);

/** Words after a person's name that make the whole a place named after them ("Cal Anderson Park"), besides PLACE_HEAD_WORDS. */
// prettier-ignore
export const NAMED_PLACE_HEADS = new Set(['park', 'playfield', 'bridge', 'memorial', 'plaza', 'tunnel', 'dam']);

/** PLACE_HEAD_WORDS that are also surnames: a person's name ending in one stays a person ("Anthony Hill"). */
// prettier-ignore
export const SURNAME_HEADS = new Set(['hill', 'hills', 'lane', 'brook', 'street', 'rivers', 'ridge', 'bay', 'corner', 'marsh']);

/**
 * Last words of a business's name, never of a person's: a name the recognizer read as a person
 * that ends in one, or a person's name followed by one, is the business ("Marvel Studios",
 * "Dick Clark Productions", "Ceres Robotics", "Mayo Clinic").
 */
// prettier-ignore
export const COMPANY_HEADS = new Set([
  'studios', 'studio', 'productions', 'pictures', 'films', 'entertainment', 'media', 'records', 'music', 'games',
  'robotics', 'machines', 'systems', 'technologies', 'technology', 'labs', 'laboratories', 'pharmaceuticals',
  'therapeutics', 'biosciences', 'motors', 'aerospace', 'dynamics', 'industries', 'enterprises', 'holdings', 'group',
  'partners', 'capital', 'ventures', 'investments', 'securities', 'insurance', 'financial', 'bancorp', 'brands',
  'foods', 'stores', 'markets', 'clinic', 'club', 'inc', 'corp', 'co', 'llc', 'ltd', 'plc', 'gmbh', 'ag',
  'associates', 'consulting', 'communications', 'networks', 'solutions', 'services', 'airlines', 'airways',
  'animation', 'srl',
]);

/**
 * First words of organisations' names in other languages, never a person's given name: "Agence
 * France-Presse", "Banco Santander", "Deutsche Bank" (the recognizer, trained on English
 * newswire, may read the whole as a person).
 */
// prettier-ignore
export const ORG_FIRST_WORDS = new Set([
  'agence', 'agencia', 'agenzia', 'banco', 'banque', 'banca', 'bankhaus', 'compagnie', 'compañía', 'société',
  'societe', 'sociedad', 'società', 'grupo', 'gruppo', 'groupe', 'instituto', 'institut', 'istituto', 'universidad',
  'université', 'universität', 'università', 'partido', 'parti', 'partito', 'fundación', 'fondation', 'fondazione',
  'stiftung', 'deutsche', 'editions', 'éditions', 'editorial', 'ministerio', 'ministère', 'comité', 'consejo',
]);

/**
 * Plural nouns that end the names of bands and other groups ("Goo Goo Dolls", "Jonas Brothers",
 * "Arctic Monkeys"), never a person's surname: a name read as a person that ends in one is a group.
 */
// prettier-ignore
export const GROUP_PLURAL_HEADS = new Set([
  'brothers', 'sisters', 'boys', 'girls', 'dolls', 'kids', 'monkeys', 'lions', 'tigers', 'wolves', 'killers',
  'doors', 'eagles', 'hearts', 'stars', 'angels', 'devils', 'ghosts', 'pistols', 'ramblers', 'rangers', 'rebels',
  'riders', 'saints', 'singers', 'players', 'dogs', 'cats', 'birds', 'bees', 'beatles', 'heads', 'lovers',
]);

/**
 * Last words of places where people gather to watch or play: a name ending in one is a place
 * ("Bridgestone Arena", "Shoreline Amphitheatre", "BB&T Pavilion"), whatever the recognizer read.
 */
// prettier-ignore
export const VENUE_HEADS = new Set([
  'arena', 'amphitheatre', 'amphitheater', 'pavilion', 'coliseum', 'colosseum', 'auditorium', 'ballpark',
  'facility', 'speedway', 'raceway', 'stage',
]);

/**
 * Last two words of venues whose last word alone also heads organisations ("Pew Research
 * Center", "National Theatre"): "Blossom Music Center", "Saratoga Performing Arts Center",
 * "DTE Energy Music Theatre", "Toyota Music Factory", a convention centre, a space centre.
 */
// prettier-ignore
export const VENUE_PAIRS = new Set(
  ['music', 'arts', 'convention', 'exhibition', 'events', 'event', 'space', 'concert'].flatMap((a) =>
    ['center', 'centre', 'theatre', 'theater', 'park', 'factory', 'hall'].map((b) => `${a} ${b}`),
  ),
);

/** United States postal codes of the states and DC: "Tampa, FL" names a place. */
// prettier-ignore
export const US_STATE_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME',
  'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA',
  'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC',
]);

/**
 * The states' abbreviations in news style (AP), period left off as the tokenizer splits it
 * ("Monroe, La.", "Fresno, Calif."), with the state's name: "Calif." names California.
 */
// prettier-ignore
export const AP_STATE_ABBREVIATIONS = new Map<string, string>([
  ['Ala', 'Alabama'], ['Ariz', 'Arizona'], ['Ark', 'Arkansas'], ['Calif', 'California'], ['Colo', 'Colorado'],
  ['Conn', 'Connecticut'], ['Del', 'Delaware'], ['Fla', 'Florida'], ['Ga', 'Georgia'], ['Ill', 'Illinois'],
  ['Ind', 'Indiana'], ['Kan', 'Kansas'], ['Kans', 'Kansas'], ['Ky', 'Kentucky'], ['La', 'Louisiana'], ['Md', 'Maryland'],
  ['Mass', 'Massachusetts'], ['Mich', 'Michigan'], ['Minn', 'Minnesota'], ['Miss', 'Mississippi'], ['Mo', 'Missouri'],
  ['Mont', 'Montana'], ['Neb', 'Nebraska'], ['Nev', 'Nevada'], ['N.H.', 'New Hampshire'], ['N.J.', 'New Jersey'],
  ['N.M.', 'New Mexico'], ['N.Y.', 'New York'], ['N.C.', 'North Carolina'], ['N.D.', 'North Dakota'], ['Okla', 'Oklahoma'],
  ['Ore', 'Oregon'], ['Pa', 'Pennsylvania'], ['R.I.', 'Rhode Island'], ['S.C.', 'South Carolina'], ['S.D.', 'South Dakota'],
  ['Tenn', 'Tennessee'], ['Tex', 'Texas'], ['Vt', 'Vermont'], ['Va', 'Virginia'], ['Wash', 'Washington'],
  ['W.Va.', 'West Virginia'], ['Wis', 'Wisconsin'], ['Wyo', 'Wyoming'],
]);

/**
 * First words that make a name a place ("Boulevard Montmartre", "Mount Hood", "Lake Tahoe",
 * "Rue de Rivoli"), whatever type the recognizer read (a person's name after the word, often).
 */
// prettier-ignore
export const PLACE_FIRST_WORDS = new Set(['boulevard', 'rue', 'avenida', 'mount', 'mt', 'lake', 'cape', 'piazza', 'plaza', 'via', 'calle', 'isle']);
