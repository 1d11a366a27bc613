/**
 * Is this article English? Gloss reads English only; for anything else the analysis says the
 * language is not supported rather than listing wrong entities.
 *
 * detectLanguage(text, declared) returns a BCP 47 primary subtag ('en', 'es', 'ru', ...):
 *  - mostly non-Latin letters: the script decides (Cyrillic 'ru', Arabic 'ar', Han 'zh', ...);
 *  - otherwise the share of each language's commonest function words among the first words of the
 *    text; another language wins only when it clearly beats English;
 *  - short or undecidable text (sports tables, lists of names): the declared html lang when there
 *    is one, else 'en'. The declared lang is a hint: the text decides when they disagree strongly.
 */

const STOPWORDS: Record<string, string[]> = {
  // prettier-ignore
  en: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'she', 'by', 'at', 'from', 'his', 'her', 'have', 'has', 'be', 'this', 'are', 'were', 'said', 'not', 'but', 'they', 'an', 'which', 'or', 'had', 'been', 'their', 'who', 'will', 'would', 'we', 'you', 'its', 'after', 'there', 'also'],
  // prettier-ignore
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'se', 'por', 'un', 'una', 'con', 'para', 'es', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'su', 'fue', 'ha', 'este', 'esta', 'también', 'dijo', 'entre', 'sin', 'sobre', 'muy', 'ya', 'donde', 'hay'],
  // prettier-ignore
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'il', 'elle', 'ce', 'cette', 'sont', 'par', 'plus', 'ont', 'été', 'mais', 'nous', 'vous', 'ils', 'leur', 'selon', 'où'],
  // prettier-ignore
  de: ['der', 'die', 'das', 'und', 'in', 'den', 'von', 'zu', 'mit', 'ist', 'des', 'sich', 'auf', 'für', 'nicht', 'ein', 'eine', 'dem', 'im', 'auch', 'es', 'an', 'als', 'wie', 'bei', 'nach', 'aus', 'wird', 'hat', 'sind', 'oder', 'noch', 'werden', 'einer', 'über', 'sie'],
  // prettier-ignore
  it: ['il', 'la', 'di', 'che', 'e', 'in', 'un', 'una', 'per', 'del', 'della', 'è', 'non', 'con', 'le', 'si', 'da', 'dei', 'al', 'alla', 'gli', 'sono', 'ha', 'anche', 'come', 'più', 'ma', 'nel', 'nella', 'questo', 'delle', 'stato'],
  // prettier-ignore
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'os', 'as', 'no', 'na', 'dos', 'das', 'se', 'por', 'mais', 'ao', 'foi', 'pelo', 'pela', 'seu', 'sua', 'são', 'também', 'está', 'disse'],
  // prettier-ignore
  nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'die', 'er', 'aan', 'ook', 'als', 'bij', 'door', 'naar', 'maar', 'om', 'heeft', 'werd', 'nog', 'wordt', 'hij', 'zij'],
  // prettier-ignore
  sv: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'men', 'var', 'jag', 'sig', 'från', 'vi', 'så', 'kan', 'när', 'efter'],
  // prettier-ignore
  da: ['og', 'at', 'det', 'som', 'en', 'på', 'er', 'af', 'for', 'med', 'til', 'den', 'har', 'de', 'ikke', 'om', 'et', 'men', 'var', 'jeg', 'sig', 'fra', 'vi', 'så', 'kan', 'når', 'efter', 'blev'],
  // prettier-ignore
  pl: ['i', 'w', 'na', 'z', 'się', 'do', 'nie', 'że', 'to', 'jest', 'o', 'od', 'po', 'a', 'jak', 'dla', 'przez', 'jego', 'oraz', 'ale', 'tym', 'są', 'było', 'został', 'już', 'może'],
  // prettier-ignore
  cs: ['a', 'v', 'na', 'se', 'je', 'že', 'z', 've', 'o', 'do', 'to', 'k', 's', 'jako', 'by', 'pro', 'ale', 'jsou', 'byl', 'jeho', 'podle', 'už', 'také', 'této', 'který', 'které'],
  // prettier-ignore
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'en', 'ama', 'o', 'ne', 'olan', 'sonra', 'kadar', 'var', 'değil', 'göre'],
  // prettier-ignore
  id: ['yang', 'dan', 'di', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dalam', 'akan', 'pada', 'juga', 'ke', 'karena', 'ada', 'oleh', 'atau', 'bahwa', 'mereka'],
};

const WORD_SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v)])) as Record<
  string,
  Set<string>
>;

/** Scripts that identify a language (or family) by themselves. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hiragana}|\p{Script=Katakana}/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Tamil}/u, 'ta'],
];

/** How much of the text to look at: enough for a stable answer, cheap on huge pages. */
const SAMPLE_CHARS = 20_000;
const MIN_WORDS = 20;

function primary(tag: string | null): string | null {
  if (!tag) return null;
  const p = tag.trim().toLowerCase().split(/[-_]/)[0];
  return p && /^[a-z]{2,3}$/.test(p) ? p : null;
}

export function detectLanguage(text: string, declared: string | null): string {
  const hint = primary(declared);
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;

  // 1. script
  let latin = 0;
  let other = 0;
  const counts = new Map<string, number>();
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
      latin++;
      continue;
    }
    if (c < 0x370) continue; // digits, punctuation, symbols
    for (const [re, lang] of SCRIPTS) {
      if (re.test(ch)) {
        other++;
        counts.set(lang, (counts.get(lang) ?? 0) + 1);
        break;
      }
    }
  }
  if (other > latin && other >= 10) {
    let best = 'und';
    let n = 0;
    for (const [lang, k] of counts) if (k > n) [best, n] = [lang, k];
    // kana alongside Han is Japanese
    if (best === 'zh' && (counts.get('ja') ?? 0) * 10 >= n) best = 'ja';
    return best;
  }

  // 2. function words
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return hint ?? 'en';
  const score: Record<string, number> = {};
  for (const lang of Object.keys(WORD_SETS)) score[lang] = 0;
  for (const w of words) {
    for (const lang in WORD_SETS) if (WORD_SETS[lang]!.has(w)) score[lang]!++;
  }
  const en = score.en! / words.length;
  let best = 'en';
  let bestRatio = en;
  for (const lang in score) {
    const r = score[lang]! / words.length;
    if (r > bestRatio) [best, bestRatio] = [lang, r];
  }
  // Clear English: English it is, whatever the page declares.
  if (best === 'en' && en >= 0.12) return 'en';
  // Another language clearly ahead of English.
  if (best !== 'en' && bestRatio >= 0.12 && bestRatio >= 1.8 * en) return best;
  // Undecidable (tables, name lists, headlines): trust the declared language, else English.
  if (best === 'en' && en >= 0.06) return 'en';
  return hint ?? 'en';
}
