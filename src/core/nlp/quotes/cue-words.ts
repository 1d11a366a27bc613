/**
 * Cue words: the verbs and phrases that introduce or tag speech ("said", "told reporters",
 * "according to"), in every tense. Lower-case forms.
 */

// prettier-ignore
const SPEECH_VERB_LEMMAS = [
  'say', 'tell', 'add', 'write', 'warn', 'claim', 'state', 'ask', 'explain', 'note', 'argue', 'insist',
  'declare', 'continue', 'reply', 'respond', 'recall', 'acknowledge', 'admit', 'announce', 'tweet', 'post',
  'remark', 'observe', 'suggest', 'predict', 'quip', 'joke', 'concede', 'contend', 'complain', 'caution',
  'emphasize', 'emphasise', 'stress', 'urge', 'vow', 'promise', 'pledge', 'boast', 'brag', 'charge', 'counter',
  'retort', 'shout', 'yell', 'exclaim', 'whisper', 'testify', 'confirm', 'deny', 'describe', 'call', 'maintain',
  'agree', 'wonder', 'muse', 'report', 'conclude', 'proclaim', 'threaten', 'demand', 'speculate', 'estimate',
  'allege', 'assert', 'chant', 'sing', 'scream', 'cry', 'lament', 'mutter', 'sigh', 'gush', 'plead', 'beg',
  'repeat', 'reiterate', 'interject', 'interrupt', 'begin', 'start', 'finish', 'recount', 'offer', 'opine',
  'point', 'go', 'summarize', 'summarise', 'sum', 'answer', 'inform', 'assure', 'reassure', 'advise', 'instruct',
  'order', 'command', 'blast', 'slam', 'mock', 'tout', 'hail', 'praise', 'criticize', 'criticise', 'accuse',
  'type', 'text', 'email', 'message', 'read', 'thunder', 'fume', 'snap', 'scoff', 'laugh', 'smile', 'sneer',
  'hint', 'signal', 'indicate', 'acknowledge', 'reveal', 'disclose', 'explain', 'elaborate', 'comment', 'label',
  'dub', 'term', 'characterize', 'characterise', 'question', 'challenge', 'object', 'protest', 'rail', 'lash',
  'fire', 'hit', 'think', 'believe', 'feel', 'forecast', 'recommend', 'propose', 'liken',
];

/** Irregular and non-default inflections. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  begin: ['began', 'begins', 'beginning', 'begun'],
  go: ['went on', 'goes on', 'going on'],
  sing: ['sang', 'sings', 'singing', 'sung'],
  read: ['read', 'reads', 'reading'],
  think: ['thought', 'thinks', 'thinking'],
  feel: ['felt', 'feels', 'feeling'],
  cry: ['cried', 'cries', 'crying'],
  testify: ['testified', 'testifies', 'testifying'],
  deny: ['denied', 'denies', 'denying'],
  reply: ['replied', 'replies', 'replying'],
  forecast: ['forecast', 'forecasts', 'forecasting'],
  snap: ['snapped', 'snaps', 'snapping'],
  // A final consonant doubles: admitted, begged.
  admit: ['admitted', 'admits', 'admitting'],
  beg: ['begged', 'begs', 'begging'],
  quip: ['quipped', 'quips', 'quipping'],
  brag: ['bragged', 'brags', 'bragging'],
  text: ['texted', 'texts', 'texting'],
  scoff: ['scoffed', 'scoffs', 'scoffing'],
  label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'],
  dub: ['dubbed', 'dubs', 'dubbing'],
  sum: ['summed up', 'sums up'],
  point: ['pointed out', 'points out', 'pointing out'],
  fire: ['fired back', 'fires back'],
  hit: ['hit back', 'hits back'],
  lash: ['lashed out', 'lashes out'],
  rail: ['railed', 'rails'],
  offer: ['offered', 'offers'],
};

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]!];
  const forms = [lemma];
  if (lemma.endsWith('e')) forms.push(lemma + 'd', lemma + 's', lemma.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ied', lemma.slice(0, -1) + 'ies', lemma + 'ing');
  else if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'ed', lemma + 'es', lemma + 'ing');
  else forms.push(lemma + 'ed', lemma + 's', lemma + 'ing');
  return forms;
}

/** Every single-word cue form -> its lemma. Multi-word ones ("went on") are matched separately. */
export const CUE_WORDS = new Map<string, string>();
/** Multi-word cue forms: first word -> [rest, lemma]. */
export const CUE_PHRASES = new Map<string, [string, string][]>();
for (const lemma of new Set(SPEECH_VERB_LEMMAS)) {
  for (const f of inflect(lemma)) {
    const parts = f.split(' ');
    if (parts.length === 1) CUE_WORDS.set(f, lemma);
    else {
      const list = CUE_PHRASES.get(parts[0]!) ?? [];
      list.push([parts.slice(1).join(' '), lemma]);
      CUE_PHRASES.set(parts[0]!, list);
    }
  }
}
// "as one adviser put it": put is a cue only with "it".
CUE_PHRASES.set('put', [['it', 'put']]);
CUE_PHRASES.set('puts', [['it', 'put']]);
// Lemmas that are cues only in a phrase ("went on", "pointed out"), never alone.
// prettier-ignore
for (const w of ['go', 'goes', 'went', 'going', 'point', 'points', 'pointed', 'pointing', 'sum', 'sums', 'summed', 'fire', 'fires', 'fired', 'hit', 'hits', 'lash', 'lashes', 'lashed', 'begin', 'began', 'begins', 'start', 'started', 'starts', 'finish', 'finished', 'read', 'reads', 'offer', 'offers', 'offered', 'order', 'ordered', 'feel', 'felt', 'feels', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'type', 'typed', 'signal', 'signaled', 'text', 'message', 'post', 'fire', 'smile', 'smiled', 'laugh', 'laughed']) {
  CUE_WORDS.delete(w);
}

/** The verbs that may stand before their subject after a quotation: “…,” said Smith. */
// prettier-ignore
export const INVERTIBLE = new Set([
  'said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'continued', 'continues', 'explained',
  'explains', 'recalled', 'recalls', 'noted', 'notes', 'replied', 'replies', 'responded', 'answered', 'insisted',
  'warned', 'declared', 'argued', 'tweeted', 'stated', 'remarked', 'observed', 'countered', 'quipped', 'concluded',
  'cautioned', 'acknowledged', 'admitted', 'shouted', 'yelled', 'exclaimed', 'whispered', 'conceded', 'joked',
]);

/** Terms that name what follows rather than quote it: “so-called”, “dubbed”, “titled”. */
// prettier-ignore
export const NAMING_WORDS = new Set([
  'so-called', 'dubbed', 'titled', 'entitled', 'nicknamed', 'named', 'headlined', 'branded', 'known', 'aka',
  'nickname', 'slogan', 'hashtag', 'headline', 'title', 'term', 'word', 'words', 'moniker', 'label', 'motto',
  'trademark', 'brand', 'banner', 'caption', 'chant', 'song', 'film', 'movie', 'book', 'show', 'program',
  'programme', 'series', 'documentary', 'episode', 'album', 'column', 'op-ed', 'essay', 'article', 'report',
  'poem', 'play', 'musical', 'campaign', 'ad', 'advertisement', 'spot', 'memo', 'bill', 'act', 'plan', 'operation',
  'website', 'blog', 'podcast', 'newsletter', 'magazine', 'newspaper', 'tagline',
]);

/** Nouns that carry speech ("in a statement", "in an interview"). */
// prettier-ignore
export const SPEECH_NOUNS = new Set([
  'statement', 'interview', 'tweet', 'post', 'letter', 'speech', 'remarks', 'email', 'e-mail', 'memo',
  'message', 'op-ed', 'essay', 'column', 'address', 'testimony', 'news conference', 'press conference', 'briefing',
]);
