/**
 * Gender and number: pronouns, titles and honorifics, role nouns, and a small curated list of
 * common English first names with their usual gender (our own list, written for Gloss; it only
 * breaks ties between candidate antecedents of "he"/"she", it never decides alone).
 */

export type Gender = 'm' | 'f' | 'n' | 'u';

export const PRONOUNS: Record<string, { gender: Gender; plural: boolean; person: 1 | 2 | 3 }> = {
  he: { gender: 'm', plural: false, person: 3 },
  him: { gender: 'm', plural: false, person: 3 },
  his: { gender: 'm', plural: false, person: 3 },
  she: { gender: 'f', plural: false, person: 3 },
  her: { gender: 'f', plural: false, person: 3 },
  they: { gender: 'u', plural: true, person: 3 },
  them: { gender: 'u', plural: true, person: 3 },
  their: { gender: 'u', plural: true, person: 3 },
  it: { gender: 'n', plural: false, person: 3 },
  its: { gender: 'n', plural: false, person: 3 },
  i: { gender: 'u', plural: false, person: 1 },
  we: { gender: 'u', plural: true, person: 1 },
  you: { gender: 'u', plural: false, person: 2 },
  who: { gender: 'u', plural: false, person: 3 },
};

/** Subject pronouns that can be the speaker of a cue verb. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'who', 'you']);

/** Titles and honorifics that stand before a name; value: gender they imply. */
export const TITLES: Record<string, Gender> = {
  mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', sir: 'm', dame: 'f', lord: 'm', lady: 'f',
  dr: 'u', 'dr.': 'u', prof: 'u', 'prof.': 'u', professor: 'u', president: 'u', 'vice': 'u', senator: 'u', sen: 'u',
  'sen.': 'u', rep: 'u', 'rep.': 'u', representative: 'u', congressman: 'm', congresswoman: 'f', governor: 'u',
  gov: 'u', 'gov.': 'u', mayor: 'u', secretary: 'u', minister: 'u', 'prime': 'u', chancellor: 'u', judge: 'u',
  justice: 'u', gen: 'u', 'gen.': 'u', general: 'u', admiral: 'u', adm: 'u', 'adm.': 'u', col: 'u', 'col.': 'u',
  colonel: 'u', lt: 'u', 'lt.': 'u', captain: 'u', capt: 'u', 'capt.': 'u', sgt: 'u', 'sgt.': 'u', sergeant: 'u',
  rev: 'u', 'rev.': 'u', reverend: 'u', father: 'm', pope: 'm', king: 'm', queen: 'f', prince: 'm', princess: 'f',
  chairman: 'm', chairwoman: 'f', chair: 'u', speaker: 'u', leader: 'u', ambassador: 'u', commissioner: 'u',
  director: 'u', chief: 'u', spokesman: 'm', spokeswoman: 'f', spokesperson: 'u', attorney: 'u', officer: 'u',
  sheriff: 'u', del: 'u', 'del.': 'u', state: 'u', first: 'u', former: 'u', democratic: 'u', republican: 'u',
  candidate: 'u', nominee: 'u', businessman: 'm', businesswoman: 'f', host: 'u', anchor: 'u', ceo: 'u', founder: 'u',
  st: 'u', 'st.': 'u', mrs_: 'f',
};

/** Common nouns for people who speak; "the senator said". Value: gender. */
export const ROLE_NOUNS: Record<string, Gender> = {
  president: 'u', senator: 'u', governor: 'u', mayor: 'u', secretary: 'u', minister: 'u', spokesman: 'm',
  spokeswoman: 'f', spokesperson: 'u', official: 'u', officials: 'u', aide: 'u', aides: 'u', adviser: 'u',
  advisor: 'u', candidate: 'u', nominee: 'u', congressman: 'm', congresswoman: 'f', lawmaker: 'u', lawmakers: 'u',
  businessman: 'm', businesswoman: 'f', chairman: 'm', chairwoman: 'f', director: 'u', analyst: 'u', analysts: 'u',
  expert: 'u', experts: 'u', source: 'u', sources: 'u', woman: 'f', man: 'm', admiral: 'u', general: 'u',
  judge: 'u', lawyer: 'u', attorney: 'u', prosecutor: 'u', officer: 'u', police: 'u', campaign: 'n', statement: 'n',
  report: 'n', representative: 'u', ambassador: 'u', leader: 'u', strategist: 'u', pollster: 'u', economist: 'u',
  professor: 'u', author: 'u', writer: 'u', reporter: 'u', host: 'u', anchor: 'u', commentator: 'u', voter: 'u',
  voters: 'u', supporter: 'u', supporters: 'u', critic: 'u', critics: 'u', resident: 'u', residents: 'u',
  mother: 'f', father: 'm', wife: 'f', husband: 'm', daughter: 'f', son: 'm', sister: 'f', brother: 'm',
  ceo: 'u', executive: 'u', founder: 'u', manager: 'u', chief: 'u', surrogate: 'u', operative: 'u', staffer: 'u',
  republican: 'u', democrat: 'u', republicans: 'u', democrats: 'u', speaker: 'u', organizer: 'u', activist: 'u',
  activists: 'u', protester: 'u', protesters: 'u', witness: 'u', witnesses: 'u', student: 'u', students: 'u',
  group: 'n', organization: 'n', committee: 'n', department: 'n', ministry: 'n', agency: 'n', company: 'n', firm: 'n',
  administration: 'n', government: 'n', office: 'n', team: 'n', party: 'n', newspaper: 'n', paper: 'n', network: 'n',
  study: 'n', survey: 'n', poll: 'n', letter: 'n', memo: 'n', website: 'n', ad: 'n', video: 'n', tweet: 'n',
  people: 'u', person: 'u', friend: 'u', friends: 'u', colleague: 'u', colleagues: 'u', member: 'u', members: 'u',
  doctor: 'u', doctors: 'u', scientist: 'u', scientists: 'u', researcher: 'u', researchers: 'u', economists: 'u',
  billionaire: 'u', mogul: 'u', star: 'u', veteran: 'u', soldier: 'u', diplomat: 'u', diplomats: 'u', envoy: 'u',
  aunt: 'f', uncle: 'm', grandmother: 'f', grandfather: 'm', cousin: 'u', niece: 'f', nephew: 'm', widow: 'f',
  widower: 'm', girlfriend: 'f', boyfriend: 'm', fiancee: 'f', fiance: 'm', partner: 'u',
  rep: 'u', reps: 'u', publicist: 'u', insider: 'u', insiders: 'u',
  secretary_: 'u',
};

const MALE = `aaron adam adrian alan albert alex alexander alfred andrew andy anthony antonio arnold arthur austin barack barry ben benjamin bernie bernard bill billy bob bobby brad bradley brandon brett brian bruce bryan carl carlos chad charles charlie chris christian christopher chuck clarence clark colin craig curtis dale dan daniel danny darrell dave david dean dennis derek dick don donald doug douglas duncan dwight earl ed eddie edward eric ernest eugene evan frank franklin fred frederick gary gavin george gerald gordon graham greg gregory harold harry hank harvey henry howard hugh ian isaac jack jacob jake james jamie jared jason jay jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jordan jorge jose joseph josh joshua juan julian justin keith ken kenneth kevin kurt kyle lance larry lawrence lee leon leonard lindsey lloyd louis luis luke marco marcus mario mark markwayne martin matt matthew maurice max michael mike mitch mitt mohammed muhammad nathan neil newt nicholas nick nicolas noah norman oliver omar oscar patrick paul pedro pete peter phil philip ralph randy ray raymond reince richard rick rob robert roberto roger ron ronald roy rudy rudolph russell ryan sam samuel scott sean sergei seth shawn sherrod stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trey troy tyler vernon victor vince vincent vladimir walter warren wayne wesley william willie xi zach zachary vladimir boris emmanuel justin shinzo recep bashar benjamin`;
const FEMALE = `abby abigail alice alicia allison amanda amber amy andrea angela angie ann anna anne annie april ashley barbara betty beverly brenda brittany carly carol caroline carolyn catherine cathy charlotte cheryl christina christine cindy claire claudia colleen connie cynthia dana danielle deborah debbie debra delcy denise diana diane donna doris dorothy elaine elizabeth ellen emily emma erica erin eva evelyn frances gina gloria grace hannah heather heidi helen hillary holly huma ivanka jacqueline jane janet janice jean jennifer jessica jill joan joanna joni joy joyce judith judy julia julie karen kate katherine kathleen kathy katie kayleigh kellyanne kelly kim kimberly kirsten kristen laura lauren linda lisa lois loretta lori louise lucy lynn madeleine maria marie marilyn martha mary megyn megan melania melissa michele michelle monica nancy natalie nicole nikki olivia pamela patricia patty paula peggy rachel rebecca renee rita roberta robin rose rosie ruth sally samantha sandra sara sarah sharon shirley sonia stephanie susan susana suzanne tammy teresa theresa tiffany tina tulsi valerie vanessa veronica victoria virginia wanda wendy whitney angela theresa marine nicola jacinda`;

/** (Short forms used by both, "Pat" for Patrick or Patricia, are in neither list.) */
export const FIRST_NAME_GENDER = new Map<string, Gender>();
for (const n of MALE.split(/\s+/)) FIRST_NAME_GENDER.set(n, 'm');
for (const n of FEMALE.split(/\s+/)) FIRST_NAME_GENDER.set(n, 'f');

export function firstNameGender(word: string): Gender {
  return FIRST_NAME_GENDER.get(word.toLowerCase()) ?? 'u';
}

/**
 * Words that are never a speaker's name, alone: pronouns (any person and case), relative and
 * indefinite pronouns, determiners. "I", "They", "Another" as a name read as Gloss not knowing.
 */
export const NEVER_NAMES = new Set(
  `i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one
  who whom whose which that this these those what there here someone somebody anyone anybody everyone
  everybody nobody something anything everything nothing each both all some any none another other others
  myself yourself himself herself itself ourselves themselves the a an`.split(/\s+/),
);

/** Determiners that open an article's description of a person ("the woman", "his wife"). */
export const DESCRIBING_DETERMINERS = new Set(['the', 'a', 'an', 'one', 'his', 'her', 'their', 'this', 'that']);

/**
 * Bodies and documents that speak for an organisation: "the company said", "the statement read".
 * With "the", "its" or "their", such a phrase stands for the organisation named last before it.
 */
export const SPEAKING_BODIES = new Set([
  'company', 'firm', 'group', 'organization', 'organisation', 'agency', 'department', 'ministry', 'committee',
  'administration', 'government', 'office', 'team', 'party', 'campaign', 'label', 'studio', 'union', 'council',
  'board', 'network', 'newspaper', 'paper', 'network', 'club', 'league', 'association', 'charity', 'foundation',
  'institute', 'university', 'school', 'hospital', 'airline', 'retailer', 'bank', 'startup', 'publisher', 'brand',
  'statement', 'report', 'letter', 'memo', 'release', 'study', 'website', 'post',
]);
