/**
 * Word lists the attribution steps read (data only): determiners, stop words, adverbs that may
 * stand between a subject and its verb, prepositions, time words, clause openers. Lower case.
 */

// prettier-ignore
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'another', 'some', 'many', 'several', 'both', 'two', 'three', 'four', 'five', 'no', 'every', 'each', 'one', 'any', 'other', 'most', 'few']);

export const STOP = new Set(
  `in on at after before to by for with from about against into onto over under during since until than via per as like
  and or but nor so yet because although though while if when whereas unless whether where
  is are was were be been being has have had do does did will would shall should can could may might must 's
  he she they it we i you him them us me who whom which what that there here
  not also then just only even still very too never ever again already always often
  according said says told read reads wrote writes`.split(/\s+/),
);

/** Adverbs and auxiliaries that may stand between a subject and its cue verb. */
export const BETWEEN = new Set(
  `also later then has have had would will 'd once previously recently again repeatedly publicly privately flatly
  reportedly simply just never often always quickly subsequently further already even still not did does do could
  should may might must can first last initially directly openly angrily bluntly frankly candidly pointedly proudly
  has since earlier finally ultimately once himself herself themselves itself is was were are`.split(/\s+/),
);

export const PREPOSITIONS = new Set(
  `in on at after before to by for with from about against into onto over under during since until via per through
  across along among around behind beside between beyond near of off toward towards upon within without like labeled`.split(
    /\s+/,
  ),
);

export const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow morning afternoon evening
  night week month year january february march april may june july august september october november december last this
  next on in at during after before earlier later recently`.split(/\s+/),
);

/** Reporting verbs that take a clause ("said he", "told reporters that she"). */
// prettier-ignore
export const CLAUSE_CUES = new Set(['say', 'tell', 'add', 'write', 'note', 'argue', 'insist', 'claim', 'explain', 'recall', 'acknowledge', 'admit', 'announce', 'suggest', 'contend', 'warn', 'state', 'declare', 'predict', 'concede', 'assert', 'maintain', 'report', 'testify', 'confirm', 'tweet', 'post', 'answer', 'reply', 'respond']);

/** Sentence openers that stand before the subject ("And then Trump went …"). */
// prettier-ignore
export const OPENERS = new Set(['and', 'but', 'then', 'so', 'yet', 'still', 'now', 'later']);

/** Pronouns that are always subjects: a clause starts at them wherever they stand. */
export const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);

/** Words that, after a comma, open a clause, and so possibly its subject ("…, when Smith said"). */
// prettier-ignore
export const CLAUSE_WORDS = new Set(['when', 'while', 'because', 'after', 'before', 'since', 'but', 'although', 'though', 'if', 'whereas', 'until', 'once', 'so']);

/** Things that bear writing and are the speaker of what they say ("a sign saying …"). */
// prettier-ignore
export const WRITTEN = new Set(['sign', 'signs', 'banner', 'banners', 'poster', 'posters', 'placard', 'placards', 'shirt', 'shirts', 't-shirt', 't-shirts', 'sticker', 'stickers', 'card', 'cards', 'headline', 'note', 'billboard', 'billboards', 'message', 'messages']);

/**
 * Words that open a clause a participle after it belongs to, with or without a comma before
 * them ("even as he defended the campaign, saying"; not "after they came out, saying", which
 * modifies the main clause).
 */
export const SUBORDINATORS = new Set(['when', 'where', 'as', 'while', 'whereas']);

/** Verbs of describing that take "as" before the words used (fragments.ts). */
// prettier-ignore
export const DESCRIBING_VERBS = new Set(['described', 'describes', 'describe', 'describing', 'characterized', 'characterised', 'characterizes', 'characterize', 'eulogized', 'eulogised', 'eulogize', 'eulogise', 'referred', 'refers', 'dismissed', 'dismisses', 'denounced', 'denounces', 'condemned', 'hailed', 'hails', 'praised', 'criticized', 'criticised', 'portrayed', 'portrays', 'labelled', 'labeled', 'branded', 'painted', 'framed', 'cast']);

/** Objects after "called" that make the next fragment the caller's words ("called it …"). */
// prettier-ignore
export const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them', 'this', 'that', 'these', 'those', 'me', 'us', 'you']);

/** Nouns that give a name, not words spoken ("the name “…”", "the phrase “…”"). */
// prettier-ignore
export const NAMING_NOUNS = new Set(['name', 'names', 'phrase', 'letters', 'spelling', 'acronym', 'abbreviation', 'codename', 'code-name', 'handle', 'username', 'password']);

/** Nouns that define a quoted term after it ("“torpor” — the term for …"). */
// prettier-ignore
export const TERM_NOUNS = new Set(['term', 'word', 'name', 'phrase', 'jargon', 'shorthand', 'slang', 'nickname', 'acronym', 'abbreviation', 'label', 'euphemism', 'meaning']);

/**
 * Verbs of the senses and the mind that a writer sets in marks when a thing, not a person, does
 * them (cells that “taste”, the brain “feels”): one such word alone in marks is a loose use, not
 * someone's words.
 */
// prettier-ignore
export const SENSE_VERBS = new Set(['taste', 'tastes', 'tasted', 'tasting', 'smell', 'smells', 'smelled', 'smelt', 'smelling', 'feel', 'feels', 'felt', 'feeling', 'see', 'sees', 'saw', 'seeing', 'hear', 'hears', 'heard', 'hearing', 'sense', 'senses', 'sensed', 'sensing', 'sniff', 'sniffs', 'sniffing', 'know', 'knows', 'knew', 'knowing', 'think', 'thinks', 'thinking', 'remember', 'remembers', 'remembered', 'remembering', 'learn', 'learns', 'learned', 'learning', 'decide', 'decides', 'decided', 'deciding', 'talk', 'talks', 'talking', 'listen', 'listens', 'listening']);
