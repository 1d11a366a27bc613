/**
 * The site's name as the header shows it. Some outlets put the section of the page in the
 * metadata a site name is read from ("U.S.", "World", "Business" as og:site_name or as the
 * JSON-LD publisher), so the header read "<byline> · U.S.". A name that is the page's declared
 * section, or a word sites use for their sections, is passed over for the next name the page
 * declares (Readability's pick, then og:site_name, then the JSON-LD publisher), and when every
 * one is a section, the page's host name stands for the site.
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
 * The site's name: the first of Readability's site name, og:site_name and the JSON-LD publisher
 * that is not a section (see the module's comment), cleaned (cleanSiteName); the host name when
 * every declared name is a section; null when the page declares none.
 */
export function chooseSiteName(facts: TitleFacts, readabilityName: string | null | undefined): string | null {
  const declared = [readabilityName, facts.ogSiteName, facts.ldPublisher]
    .map((n) => cleanSiteName(n))
    .filter((n): n is string => n !== null);
  if (!declared.length) return null;
  const sections = facts.sections ?? [];
  for (const n of declared) if (!isSectionName(n, sections)) return n;
  return facts.host || null;
}
