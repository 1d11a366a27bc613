/**
 * More furniture a page sets among an article's paragraphs (boilerplate.ts holds the rest): the
 * blog's post line above the text ("Posted on March 30, 2015 by Admin", "05/10/2018 - Publicado
 * por: …"), reading-time and view-count labels, a gallery's bare image numbers, a site's name with
 * the date ("example.com / November 18, 2019"), a comment section's house rules, unrendered
 * shortcodes ("[button …]Send us …[/button]") and "Advertisement" in other languages. None of it
 * is the article's prose. Tables stay whatever they hold: a company story's market quotes are
 * part of what its readers read.
 */

/** A block that is a table's cell or a list's item: a bare number there is data, not a counter. */
const DATA_TAGS = new Set(['TD', 'TH', 'LI', 'DT', 'DD', 'CAPTION']);

/** "Advertisement" as pages label an ad slot, in the languages the corpora have. */
// prettier-ignore
const AD_LABELS = new Set(['publicidad', 'publicidade', 'publicité', 'anzeige', 'werbung', 'pubblicità', 'advertentie', 'reklama', 'реклама', 'iklan', 'annonce', 'annons', 'mainos']);

const READING_TIME =
  /^(?:(?:estimated )?read(?:ing)? time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura|время чтения)\s*:?\s*(?:less than |menos de |about )?\d{1,3}\s*(?:min(?:ute|uto|utos|uti|uten)?s?|мин\.?(?:ут[аы]?)?)\.?$|^\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:read|de leitura|de lectura|de lecture|lesezeit|di lettura)$/iu;
const VIEW_COUNT =
  /^[\d.,\s]{1,12}(?:k|m)?\s*(?:views?|reads?|letture|visualizaç(?:ão|ões)|visualizaciones|lecturas|lectures|aufrufe|просмотр(?:ов|а)?|shares?|comments?|comentários|comentarios|commenti)$/iu;
/** A post line: "Posted on <date> by <name>", "Publicado por: <name>", "Publié le <date> par <name>". */
const POST_LINE =
  /^(?:[\d/.\s-]{6,12}[-–|·]\s*)?(?:posted|published|publicado|publicada|publié|publiée|pubblicato|veröffentlicht)\b.{0,60}?\b(?:by|por|par|da|von)\b\s*:?\s*\S/iu;
/** A shortcode a page's editor failed to render: "[button link=…]Label[/button]", "[caption id=…]". */
const SHORTCODE = /^\[([a-z][\w-]{1,30})(?:\s[^\]]{0,300})?\](?:.{0,300}\[\/\1\])?$/iu;
/** A comment section's house rules: "Comments are moderated …", "ATENÇÃO: Comentários … não serão aprovados". */
const COMMENT_POLICY =
  /^(?:(?:atenção|atención|attention|note|nota|hinweis)\s*:\s*)?(?:comments?|comentários|comentarios|commentaires|kommentare|commenti)\b.{0,200}\b(?:moderat|aprovad|aprobad|approv|freigeschaltet)/iu;
/** A host name: "smithsonian.com", "news.example.co.uk". */
const HOST = /^(?:[\w-]+\.)+[a-z]{2,6}$/i;

/**
 * Whether a paragraph is one of this module's furniture lines. `block` is its element (for a bare
 * number: not in a table or list), `index` its place among the article's `count` paragraphs (a post
 * line stands at the top or the foot), `isDateStamp` boilerplate.ts's test of a line of only a date.
 */
export function isPageMetaLine(
  text: string,
  block: Element | null,
  index: number,
  count: number,
  isDateStamp: (s: string) => boolean,
): boolean {
  const t = text.trim();
  if (!t || t.length > 200) return false;
  const tag = block?.tagName.toUpperCase() ?? '';
  // A gallery's image number, standing alone between captions.
  if (/^\d{1,3}$/.test(t)) return !DATA_TAGS.has(tag) && !/^H[1-6]$/.test(tag);
  if (AD_LABELS.has(t.toLowerCase().replace(/[\s:.…-]+$/u, ''))) return true;
  if (READING_TIME.test(t) || VIEW_COUNT.test(t)) return true;
  if (SHORTCODE.test(t)) return true;
  if (COMMENT_POLICY.test(t) && t.split(/\s+/).length <= 40) return true;
  if (isPostLine(t, index, count)) return true;
  // "smithsonian.com / November 18, 2019": the site's host, then a date stamp (after a
  // separator or on the next line).
  const sep = /\s*\n\s*|\s+[/|·•–—-]\s+/.exec(t);
  if (sep && HOST.test(t.slice(0, sep.index)) && isDateStamp(t.slice(sep.index + sep[0].length))) return true;
  return false;
}

/**
 * The blog's post line, at the top or at the foot of the post: "Posted on <date> by <name>"; at
 * the top also without a date ("Posted by Ann Lee, Engineer on the Team").
 */
function isPostLine(t: string, index: number, count: number): boolean {
  if (t.length > 160 || t.split(/\s+/).length > 16 || !POST_LINE.test(t)) return false;
  if (index < 4 && (hasDate(t) || /^posted by\s+\p{Lu}/iu.test(t))) return true;
  return index >= count - 2 && hasDate(t);
}

/** A date written with numbers: "05/10/2018", "2018-10-05", or a day and a year ("March 30, 2015"). */
function hasDate(t: string): boolean {
  if (/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/.test(t)) return true;
  return /\b(?:19|20)\d\d\b/.test(t) && /(?:^|\D)\d{1,2}(?:\D|$)/.test(t);
}
