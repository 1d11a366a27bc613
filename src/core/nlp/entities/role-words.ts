/**
 * Words that head a description of a person or an organisation standing next to its name
 * ("Commerzbank analyst X", "his agent X", "whale rescue group X", "X, a London-based think tank").
 * All lower case. A word not listed still heads a person's description when it has an agent
 * ending (-er, -or, -ist, -ian …; see isPersonRoleHead), except the words of NOT_ROLE_HEADS.
 */
import { OFFICE_WORDS } from './titles';

/** Jobs, positions, relations and kinds of person that do not carry an agent ending. */
const PERSON_HEADS = new Set([
  // offices and ranks, shared with the titles before a name (titles.ts)
  ...OFFICE_WORDS,
  // work and office
  'analyst', 'host', 'anchor', 'correspondent', 'columnist', 'journalist', 'editor', 'critic', 'economist',
  'scientist', 'chemist', 'physicist', 'biologist', 'neurologist', 'psychologist', 'psychiatrist',
  'sociologist', 'historian', 'academic', 'expert', 'specialist', 'consultant', 'strategist', 'architect',
  'artist', 'actor', 'actress', 'filmmaker', 'star', 'musician', 'guitarist', 'pianist', 'drummer',
  'bassist', 'vocalist', 'rapper', 'comedian', 'novelist', 'poet', 'author', 'philosopher', 'engineer',
  'technician', 'surgeon', 'physician', 'doctor', 'nurse', 'dentist', 'pharmacist', 'veterinarian',
  'therapist', 'midwife', 'paramedic', 'cook', 'pilot', 'astronaut', 'cosmonaut', 'sailor', 'soldier',
  'veteran', 'marine', 'official', 'agent', 'lawyer', 'solicitor', 'barrister', 'magistrate', 'clerk',
  'aide', 'adviser', 'advisor', 'assistant', 'associate', 'delegate', 'diplomat', 'consul', 'boss', 'coo',
  'cto', 'founder', 'co-founder', 'cofounder', 'owner', 'co-owner', 'partner', 'executive', 'exec',
  'lawmaker', 'legislator', 'politician', 'candidate', 'nominee', 'incumbent', 'challenger', 'sheriff',
  'deputy', 'quarterback', 'center', 'centre', 'guard', 'tackle', 'linebacker', 'cornerback', 'safety',
  'receiver', 'striker', 'midfielder', 'defender', 'goalkeeper', 'goalie', 'winger', 'pitcher', 'catcher',
  'shortstop', 'outfielder', 'infielder', 'forward', 'rookie', 'athlete', 'champion', 'cyclist', 'sprinter',
  'boxer', 'wrestler', 'golfer', 'skipper', 'fisherman', 'farmer', 'rancher', 'student', 'pupil',
  'graduate', 'lecturer', 'teacher', 'fellow', 'postdoc', 'researcher', 'scholar', 'activist', 'campaigner',
  'organizer', 'organiser', 'volunteer', 'member', 'supporter', 'critic', 'opponent', 'ally', 'rival',
  'colleague', 'co-worker', 'coworker', 'co-writer', 'co-author', 'co-star', 'friend', 'neighbor',
  'neighbour', 'resident', 'citizen', 'native', 'local', 'immigrant', 'refugee', 'migrant', 'victim',
  'survivor', 'witness', 'suspect', 'defendant', 'plaintiff', 'attacker', 'gunman', 'killer', 'patient',
  'customer', 'client', 'investor', 'billionaire', 'millionaire', 'tycoon', 'mogul', 'entrepreneur',
  'businessman', 'businesswoman', 'heir', 'heiress', 'retiree', 'pensioner', 'priest', 'cleric', 'monk',
  'nun', 'monarch', 'insider', 'pundit', 'commentator', 'influencer', 'blogger', 'youtuber', 'celebrity',
  'figure', 'personality', 'icon', 'legend', 'superstar', 'singer', 'songwriter', 'producer', 'dancer',
  'model', 'designer', 'photographer', 'ranger', 'guide', 'curator', 'librarian', 'archivist', 'mechanic',
  'driver', 'trader', 'banker', 'broker', 'accountant', 'auditor', 'regulator', 'administrator', 'manager',
  'supervisor', 'rector', 'registrar', 'dictator', 'autocrat', 'strongman', 'warlord', 'militant',
  'fighter', 'rebel', 'insurgent', 'hostage', 'prisoner', 'inmate', 'detainee', 'convict', 'fugitive',
  'whistleblower', 'informant', 'source',
  // family
  'wife', 'husband', 'spouse', 'partner', 'son', 'daughter', 'child', 'mother', 'mom', 'dad', 'parent',
  'brother', 'sister', 'sibling', 'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'grandson', 'granddaughter',
  'grandmother', 'grandfather', 'grandparent', 'widow', 'widower', 'fiancé', 'fiancee', 'fiancée',
  'girlfriend', 'boyfriend', 'stepson', 'stepdaughter', 'stepmother', 'stepfather',
]);

/** What an organisation or a place is called next to its name ("the journal X", "X, a think tank"). */
const ORG_HEADS = new Set([
  'group', 'firm', 'company', 'corporation', 'conglomerate', 'giant', 'maker', 'manufacturer', 'retailer',
  'chain', 'brand', 'label', 'studio', 'publisher', 'network', 'channel', 'broadcaster', 'newspaper', 'paper',
  'tabloid', 'magazine', 'journal', 'outlet', 'site', 'website', 'app', 'platform', 'service', 'startup',
  'agency', 'department', 'ministry', 'office', 'bureau', 'authority', 'regulator', 'watchdog', 'court',
  'committee', 'commission', 'council', 'panel', 'board', 'union', 'association', 'federation', 'league',
  'organization', 'organisation', 'nonprofit', 'non-profit', 'charity', 'foundation', 'fund', 'trust', 'tank',
  'institute', 'university', 'college', 'school', 'hospital', 'clinic', 'lab', 'laboratory', 'bank', 'lender',
  'insurer', 'brokerage', 'exchange', 'airline', 'carrier', 'operator', 'utility', 'supplier', 'distributor',
  'party', 'movement', 'coalition', 'alliance', 'bloc', 'faction', 'militia', 'band', 'team', 'club', 'squad',
  'franchise', 'outfit', 'collective', 'cooperative', 'co-op', 'consortium', 'venture', 'subsidiary', 'unit',
  'division', 'arm', 'wing', 'campaign', 'coalition', 'program', 'programme', 'project', 'initiative',
  'museum', 'gallery', 'theater', 'theatre', 'venue', 'stadium', 'arena', 'facility', 'center', 'centre',
  'city', 'town', 'village', 'capital', 'state', 'province', 'county', 'region', 'country', 'nation', 'island',
  'neighborhood', 'neighbourhood', 'district', 'suburb', 'port', 'border', 'camp', 'prison',
]);

/** Words with an agent ending that never head a description next to a name. */
const NOT_ROLE_HEADS = new Set([
  'after', 'over', 'under', 'other', 'never', 'ever', 'whether', 'however', 'together', 'rather', 'later',
  'earlier', 'either', 'neither', 'former', 'latter', 'further', 'number', 'order', 'matter', 'letter',
  'water', 'winter', 'summer', 'october', 'november', 'december', 'september', 'per', 'her', 'their', 'our',
  'your', 'for', 'nor', 'or', 'major', 'minor', 'senior', 'junior', 'prior', 'interior', 'exterior', 'power',
  'paper', 'chapter', 'quarter', 'character', 'cancer', 'computer', 'super', 'upper', 'lower', 'inner',
  'outer', 'better', 'bigger', 'longer', 'faster', 'greater', 'higher', 'newer', 'older', 'younger', 'clear',
  'near', 'year', 'ear', 'fear', 'war', 'car', 'bar', 'far', 'door', 'floor', 'four', 'hour', 'tour',
  'flour', 'sour', 'honor', 'honour', 'color', 'colour', 'error', 'horror', 'mirror', 'motor', 'sector', 'factor',
  'vector', 'asian', 'european', 'african', 'american', 'italian', 'indian', 'canadian', 'australian',
  'russian', 'ukrainian', 'iranian', 'syrian', 'egyptian', 'brazilian', 'colombian', 'venezuelan', 'nigerian',
  'pakistani', 'palestinian', 'christian', 'civilian', 'median', 'guardian', 'wonder', 'consider', 'remember',
  'offer', 'answer', 'enter', 'deliver', 'discover', 'gather', 'cover', 'wander', 'render', 'suffer',
  'differ', 'prefer', 'refer', 'transfer', 'register', 'monitor', 'whatever', 'whoever', 'wherever',
]);

const AGENT_ENDING = /(?:[a-z]{3}(?:er|or|ist|ian|ant|ent|eer|ee|man|woman|person))$/;

/** Lower-case word heading a person's description: listed, or an agent noun ("rusher", "strategist"). */
export function isPersonRoleHead(word: string): boolean {
  const w = singular(word.toLowerCase());
  if (PERSON_HEADS.has(w)) return true;
  if (NOT_ROLE_HEADS.has(w)) return false;
  return /^[a-z-]+$/.test(w) && AGENT_ENDING.test(w);
}

/** A person's head word from the list, not taken for its ending alone. */
export function isListedPersonHead(word: string): boolean {
  return PERSON_HEADS.has(singular(word.toLowerCase()));
}

/** Lower-case word naming what an organisation or a place is. */
export function isOrgRoleHead(word: string): boolean {
  return ORG_HEADS.has(singular(word.toLowerCase()));
}

/** "members" -> "member"; leaves words that only look plural alone ("boss", "analysis"). */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}
