/**
 * The site's name as the header shows it. Some outlets put the section of the page in the
 * metadata a site name is read from ("U.S.", "World", "Business" as og:site_name or as the
 * JSON-LD publisher), so the header read "<byline> · U.S.". A name that is the page's declared
 * section, or a word sites use for their sections, is passed over for the next name the page
 * declares (Readability's pick, then og:site_name, the JSON-LD publisher, application-name), and
 * when every one is a section, the page's host name stands for the site. So does it when the page
 * declares no name at all: the browser knows where the page is even when the page does not say.
 */
import { cleanSiteName, key, type TitleFacts } from './title';

/**
 * Section names of news sites, as keys (title.ts `key`: lower-case letters and digits). A site
 * that is called one of these alone is rare; a section page's metadata naming itself is not.
 */
// prettier-ignore
const SECTION_WORDS = new Set(
  [
    'U.S.', 'US', 'USA', 'UK', 'World', 'World News', 'US News', 'U.S. News', 'UK News', 'National', 'International', 'Local', 'Nation',
    'Europe', 'Asia', 'Africa', 'Americas', 'Middle East', 'Australia', 'Canada', 'India', 'China',
    'News', 'Latest', 'Latest News', 'Breaking News', 'Top News', 'Top Stories', 'Home', 'Homepage', 'Front Page',
    'Politics', 'Business', 'Markets', 'Economy', 'Finance', 'Tech', 'Technology', 'Science', 'Health',
    'Sport', 'Sports', 'Opinion', 'Opinions', 'Commentary', 'Analysis', 'Editorial', 'Editorials', 'Entertainment',
    'Culture', 'Arts', 'Lifestyle', 'Style', 'Travel', 'Food', 'Environment', 'Climate', 'Education',
    'Weather', 'Video', 'Videos', 'Photos', 'Blogs', 'Crime', 'Obituaries',
  ].map(key),
);

/** Whether `name` is a section rather than the site: one of `sections`, or a section word. */
export function isSectionName(name: string, sections: string[]): boolean {
  const k = key(name);
  if (!k) return false;
  if (SECTION_WORDS.has(k)) return true;
  return sections.some((s) => key(s) === k);
}

/**
 * News agencies whose stories other sites publish, each by the names a page's metadata, byline or
 * dateline gives it, and the hosts that are its own. A syndicating site often declares the agency
 * as its JSON-LD publisher (what Readability takes for the site's name): the header then read
 * "Associated Press" on a newspaper's own page.
 */
// prettier-ignore
const WIRE_SERVICES: { names: string[]; hosts: string[] }[] = [
  { names: ['Associated Press', 'The Associated Press', 'AP', 'AP News'], hosts: ['apnews.com', 'ap.org'] },
  { names: ['Reuters', 'Thomson Reuters'], hosts: ['reuters.com'] },
  { names: ['AFP', 'Agence France-Presse', 'Agence France Presse'], hosts: ['afp.com'] },
  { names: ['UPI', 'United Press International'], hosts: ['upi.com'] },
  { names: ['dpa', 'Deutsche Presse-Agentur'], hosts: ['dpa.com', 'dpa-international.com'] },
  { names: ['PA', 'PA Media', 'Press Association'], hosts: ['pamediagroup.com'] },
  { names: ['Xinhua', 'Xinhua News Agency'], hosts: ['xinhuanet.com', 'news.cn'] },
  { names: ['Kyodo', 'Kyodo News'], hosts: ['kyodonews.net'] },
  { names: ['Yonhap', 'Yonhap News Agency'], hosts: ['yna.co.kr'] },
  { names: ['ANSA'], hosts: ['ansa.it'] },
  { names: ['EFE', 'Agencia EFE'], hosts: ['efe.com'] },
  { names: ['TASS'], hosts: ['tass.com', 'tass.ru'] },
];
const WIRE_BY_KEY = new Map(WIRE_SERVICES.flatMap((w) => w.names.map((n) => [key(n), w] as const)));
/** A wire service's name in a byline or the article's opening, as a whole word written as listed ("AP", not "ap"). */
const WIRE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${WIRE_SERVICES.flatMap((w) => w.names)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Where the article says whose story it is: its byline, and its opening words (a dateline). */
export interface StorySource {
  byline?: string | null;
  /** The start of the article's text: "WASHINGTON (AP) — …". */
  opening?: string | null;
}

function hostIsOneOf(host: string, hosts: string[]): boolean {
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The wire services a byline or a dateline ("CITY (AP) —", "(Reuters) -") names. */
function wiresNamed(source: StorySource): Set<(typeof WIRE_SERVICES)[number]> {
  const found = new Set<(typeof WIRE_SERVICES)[number]>();
  const add = (text: string) => {
    for (const m of text.matchAll(WIRE_NAME)) {
      const w = WIRE_BY_KEY.get(key(m[0]));
      if (w) found.add(w);
    }
  };
  if (source.byline) add(source.byline);
  // A dateline: the agency in parentheses before a dash, near the start ("LONDON (Reuters) -").
  const opening = (source.opening ?? '').slice(0, 300);
  for (const m of opening.matchAll(/\(([^()]{1,40})\)\s*[—–-]/g)) add(m[1]!);
  return found;
}

/**
 * Whether `name` is a wire service that only supplied the story: a syndicating site (the host is
 * not the agency's own) or a story whose byline or dateline names the agency.
 */
export function isWireSource(name: string, host: string, source: StorySource = {}): boolean {
  const wire = WIRE_BY_KEY.get(key(name));
  if (!wire) return false;
  if (host) return !hostIsOneOf(host, wire.hosts);
  return wiresNamed(source).has(wire);
}

/**
 * The site's name: the first of Readability's site name, og:site_name, the JSON-LD publisher and
 * the page's application-name that is neither a section (see the module's comment) nor a wire
 * service that supplied the story, cleaned (cleanSiteName); else the page's host name (from the
 * address it declares, else from where it is); null when the page gives neither.
 */
export function chooseSiteName(
  facts: TitleFacts,
  readabilityName: string | null | undefined,
  source: StorySource = {},
): string | null {
  const declared = [readabilityName, facts.ogSiteName, facts.ldPublisher, facts.appName]
    .map((n) => cleanSiteName(n))
    .filter((n): n is string => n !== null);
  const sections = facts.sections ?? [];
  for (const n of declared) if (!isSectionName(n, sections) && !isWireSource(n, facts.host, source)) return n;
  return facts.host || null;
}
