/**
 * What each paragraph of an article is on the page (src/core/analysis/contract.ts BlockKind): from its
 * markup first (the elements around it in the tree the text builder walks, Readability's output
 * with the page's class names kept), then, where the markup says only "paragraph", from patterns
 * of the text itself: a short "By …" line, a line that is only a dateline or a date, a photo
 * credit after a caption or an image.
 */
import type { BlockKind } from '../analysis/contract';

/** Class and id words, split on - _ and spaces, that name a kind. */
const CAPTION_WORDS = new Set(['caption', 'captions', 'figcaption', 'cutline', 'cutlines']);
const CREDIT_WORDS = new Set(['credit', 'credits', 'copyright', 'photographer']);
// prettier-ignore
const BYLINE_WORDS = new Set(['byline', 'bylines', 'author', 'authors', 'contributor', 'contributors']);
const DATELINE_WORDS = new Set(['dateline', 'timestamp', 'pubdate', 'published', 'date']);
/** Byline and date classes also sit on author biographies and on long date-led blocks: only short lines count. */
const SHORT_LINE_WORDS = 25;
/** How far above the paragraph's own element a class name still speaks for it. */
const CLASS_DEPTH = 3;

/**
 * Reads the kinds the markup gives the paragraphs of one tree, `root` (not itself looked at).
 * A class name speaks for a paragraph only from its own element or one of the two above it, and
 * only when that element holds little more than the paragraph: a container's class ("author-…",
 * "published") says nothing about each paragraph in it.
 */
export class MarkupKinds {
  private readonly lengths = new Map<Element, number>();
  /** Each element's class marks, read once: a container's are asked for every paragraph in it. */
  private readonly marks = new Map<Element, ClassMarks>();

  constructor(private readonly root: Node) {}

  /**
   * The kind of a paragraph whose text lies within `el` (the innermost element holding all of
   * it); `chars` and `words` are the paragraph's length.
   */
  kindOf(el: Element | null, chars: number, words: number): BlockKind {
    const found: BlockKind[] = [];
    let depth = 0;
    for (let cur = el; cur && cur !== this.root; cur = cur.parentElement, depth++) {
      const near = depth < CLASS_DEPTH;
      const at = cur;
      // The element's text length is read only when its class would name a kind (reading the
      // text of every container around every paragraph was most of this step's time).
      const k = elementKind(cur, this.marksOf(cur), () => near && this.textLength(at) <= 2 * chars + 80, words);
      if (k) found.push(k);
      if (cur.parentNode === this.root) break;
    }
    const nearest = found[0] ?? 'paragraph';
    // Navigation and asides around a list or a paragraph are not the article's body.
    if (found.includes('other')) return 'other';
    // A list, a table or a heading set inside a quotation or a caption is still quoted or caption text.
    if (nearest === 'list-item' || nearest === 'table' || nearest === 'heading') {
      if (found.includes('caption')) return 'caption';
      if (found.includes('blockquote')) return 'blockquote';
    }
    return nearest;
  }

  private marksOf(el: Element): ClassMarks {
    let m = this.marks.get(el);
    if (m === undefined) {
      m = readClassMarks(el);
      this.marks.set(el, m);
    }
    return m;
  }

  private textLength(el: Element): number {
    let n = this.lengths.get(el);
    if (n === undefined) {
      n = (el.textContent ?? '').trim().length;
      this.lengths.set(el, n);
    }
    return n;
  }
}

/** `classesSpeak`: whether the element's class names may speak for the paragraph (see MarkupKinds). */
function elementKind(el: Element, marks: ClassMarks, classesSpeak: () => boolean, words: number): BlockKind | null {
  const tag = el.localName.toLowerCase();
  const byClass = classKind(marks, words);
  if (byClass && classesSpeak()) return byClass;
  switch (tag) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    case 'blockquote':
      return 'blockquote';
    case 'figcaption':
      return 'caption';
    case 'li':
    case 'dt':
    case 'dd':
      return 'list-item';
    case 'td':
    case 'th':
    case 'caption':
      return inDataTable(el) ? 'table' : null;
    case 'address':
      return 'byline';
    case 'nav':
    case 'aside':
      return 'other';
    case 'time':
      return classesSpeak() ? 'dateline' : null;
  }
  const role = el.getAttribute('role');
  if (role === 'heading') return 'heading';
  if (role === 'navigation' || role === 'complementary') return 'other';
  return null;
}

/** What an element's class, id, rel and itemprop name, read once per element (see classKind). */
interface ClassMarks {
  author: boolean;
  datePublished: boolean;
  caption: boolean;
  credit: boolean;
  byline: boolean;
  dateline: boolean;
}

const NO_MARKS: ClassMarks = {
  author: false,
  datePublished: false,
  caption: false,
  credit: false,
  byline: false,
  dateline: false,
};

function readClassMarks(el: Element): ClassMarks {
  const rel = (el.getAttribute('rel') ?? '').toLowerCase();
  const itemprop = (el.getAttribute('itemprop') ?? '').toLowerCase();
  const author = /\bauthor\b/.test(rel) || /\bauthor\b/.test(itemprop);
  const datePublished = /\bdate(published|created|modified)\b/.test(itemprop);
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase();
  if (!author && !datePublished && !names.trim()) return NO_MARKS;
  const marks = { ...NO_MARKS, author, datePublished };
  if (!names.trim()) return marks;
  for (const w of names.split(/[-_\s]+/)) {
    if (CREDIT_WORDS.has(w)) marks.credit = true;
    else if (CAPTION_WORDS.has(w)) marks.caption = true;
    else if (BYLINE_WORDS.has(w)) marks.byline = true;
    else if (DATELINE_WORDS.has(w)) marks.dateline = true;
  }
  return marks;
}

/** A kind named by the element's class, id, rel or itemprop (`marks`), for a paragraph of `words` words. */
function classKind(marks: ClassMarks, words: number): BlockKind | null {
  if (marks.author) return words <= SHORT_LINE_WORDS ? 'byline' : null;
  if (marks.datePublished) return words <= SHORT_LINE_WORDS ? 'dateline' : null;
  // "caption-credit", "image-credit": the credit; "caption" alone: the caption.
  if (marks.credit && words <= SHORT_LINE_WORDS) return 'credit';
  if (marks.caption) return 'caption';
  if (marks.byline && words <= SHORT_LINE_WORDS) return 'byline';
  if (marks.dateline && words <= SHORT_LINE_WORDS) return 'dateline';
  return null;
}

/**
 * Whether a cell's table holds data rather than laying out the page. Readability marks the tables
 * of its output (`_readabilityDataTable`); a table it did not judge counts as data.
 */
function inDataTable(cell: Element): boolean {
  let table: Element | null = cell;
  while (table && table.localName !== 'table') table = table.parentElement;
  if (!table) return false;
  return (table as Element & { _readabilityDataTable?: boolean })._readabilityDataTable !== false;
}

const MONTH =
  '(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
/** The words a date or time stamp line is made of (what is left must be numbers and punctuation). */
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTH}|${WEEKDAY}|updated|published|posted|modified|last|on|at|a\\.m\\.|p\\.m\\.|am|pm|et|edt|est|ct|cdt|cst|pt|pdt|pst|gmt|utc|bst|cet)(?=\\W|$)`,
  'gi',
);
/** "WASHINGTON (Reuters) —", "NEW YORK, March 3 —", "KYIV, Ukraine —": a dateline on its own line. */
const DATELINE_ALONE = /^[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][\w.'’ -]*)?\s*(?:\([^()]{1,40}\))?\s*[—–-]*$/;
const BY_LINE = /^by\s+\p{Lu}/iu;
const REPORTING_BY = /^(?:additional\s+)?(?:reporting|writing|editing|compiled|written|words)\s+by\s/i;
/** "Photo: …", "Photograph by …", "Image credit …", "Image source: …", "Credit: …", "Foto: …" */
const CREDIT_LEAD =
  /^\(?\s*(?:photo(?:graph)?s?|pictures?|image|illustration|video|credit|fotos?|fotografía|bild|фото)(?:\s+(?:credit|source))?\s*(?::|by\s)/iu;
/** "CreditAnn Lee": a credit label set flush against the name (the space is the page's styling). */
const CREDIT_FLUSH = /^Credit(?=\p{Lu}\p{Ll})/u;
/** "Ann Lee/Agency", "Studio Name/Photo Desk": names joined by slashes, each word capitalised. */
const SLASHED_NAMES =
  /^\(?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*(?:\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*)+\)?$/u;
/** Agencies and photo libraries a credit line ends on: "Name/AFP via Getty Images", "(AP Photo/Name)". */
const AGENCY =
  /(?:^\(?\s*|\/\s*|\|\s*|\bvia\s+)(?:AFP|AP|Reuters|Getty(?:\s+Images)?|EPA(?:-EFE)?|Bloomberg|Shutterstock|Alamy|PA(?:\s+Wire)?|Xinhua|ANP|dpa|TASS|Sipa|Polaris|Redux|NurPhoto|SOPA(?:\s+Images)?|LightRocket|Zuma(?:\s+Press)?|Anadolu|Corbis|iStock)(?:\s+(?:Images|Photos?|Pictures?|Wire))?\s*\)?\.?$/i;
const AP_PHOTO = /\bAP\s+Photo\b/;

export interface PatternContext {
  /** The paragraph follows an image, or a caption or credit paragraph. */
  afterImage: boolean;
}

/**
 * The kind a paragraph's text shows where its markup says only "paragraph": a byline, a dateline
 * or date line standing alone, a photo credit. A dateline that opens a paragraph's sentence
 * ("LONDON (Reuters) — The…") leaves the paragraph a paragraph: blocks are whole paragraphs.
 */
export function patternKind(text: string, words: number, ctx: PatternContext): BlockKind | null {
  if (words === 0 || words > SHORT_LINE_WORDS) return null;
  if (isCredit(text, words, ctx)) return 'credit';
  if (words <= 14 && BY_LINE.test(text)) return 'byline';
  if (words <= SHORT_LINE_WORDS && REPORTING_BY.test(text)) return 'byline';
  if (words <= 8 && /[—–-]\s*$|\)\s*[—–-]*\s*$/.test(text) && DATELINE_ALONE.test(text)) return 'dateline';
  if (words <= 14 && isDateStamp(text)) return 'dateline';
  return null;
}

function isCredit(text: string, words: number, ctx: PatternContext): boolean {
  if (words > 16) return false;
  if (CREDIT_LEAD.test(text) || CREDIT_FLUSH.test(text)) return true;
  const inParens = /^\(.*\)$/s.test(text);
  if (inParens && (AP_PHOTO.test(text) || (text.includes('/') && AGENCY.test(text)))) return true;
  // "Ann Lee | Bloomberg | Getty Images": names set off by bars, ending on an agency.
  if (words <= 10 && text.includes(' | ') && AGENCY.test(text)) return true;
  if (!ctx.afterImage) return false;
  return ((inParens || words <= 10) && AGENCY.test(text)) || (words <= 6 && SLASHED_NAMES.test(text));
}

/** A line that is only a date and time ("Updated March 3, 2024 at 5:02 p.m. ET"). */
function isDateStamp(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const hasMonth =
    new RegExp(`\\b${MONTH}(?=\\W|$)`, 'i').test(text) || /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/.test(text);
  if (!hasMonth) return false;
  const rest = text.replace(DATE_WORDS, ' ');
  return !/\p{L}/u.test(rest);
}

/** The blocks of a plain text (no markup): each "\n\n"-separated stretch a paragraph. */
export function plainTextBlocks(text: string): { start: number; end: number; kind: BlockKind }[] {
  const blocks: { start: number; end: number; kind: BlockKind }[] = [];
  let start = 0;
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', start)) {
    blocks.push({ start, end: i, kind: 'paragraph' });
    start = i + 2;
  }
  blocks.push({ start, end: text.length, kind: 'paragraph' });
  return blocks;
}
