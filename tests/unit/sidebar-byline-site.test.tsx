// @vitest-environment jsdom
/**
 * The header's byline and site name (src/core/format.ts bylineAndSite): the site's name is
 * shown once, in the header and in the copied briefing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { briefingMarkdown } from '../../src/ui/sidebar/briefing';
import { bylineAndSite } from '../../src/core/format';
import { mountSidebar, type MountedSidebar } from '../../src/ui/sidebar/index';
import { ARTICLE, makeState, recordingActions } from './sidebar-fixtures';

let mounted: MountedSidebar | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.body.textContent = '';
});

function header(byline: string | null, siteName: string | null): string {
  const host = document.createElement('gloss-root');
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  mounted = mountSidebar(root, makeState({ article: { ...ARTICLE, byline, siteName } }), recordingActions(), {});
  return [...root.querySelectorAll('.gl-byline, .gl-site')].map((e) => e.textContent).join(' · ');
}

describe('bylineAndSite', () => {
  it('gives a site name repeated in itself once', () => {
    expect(bylineAndSite(null, 'The Hill | The Hill')).toEqual({ byline: null, siteName: 'The Hill' });
    expect(bylineAndSite(null, 'TheHill · The Hill')).toEqual({ byline: null, siteName: 'TheHill' });
  });
  it('drops a byline that is the site name, and a site name at the byline’s end', () => {
    expect(bylineAndSite('Al Jazeera', 'Al Jazeera')).toEqual({ byline: null, siteName: 'Al Jazeera' });
    expect(bylineAndSite('Ann Lee | The Hill', 'TheHill')).toEqual({ byline: 'Ann Lee', siteName: 'TheHill' });
    expect(bylineAndSite('Ann Lee, Reuters', 'Reuters')).toEqual({ byline: 'Ann Lee', siteName: 'Reuters' });
  });
  it('keeps a byline that only mentions the site', () => {
    expect(bylineAndSite('Jill Disis, CNN Business', 'CNN')).toEqual({
      byline: 'Jill Disis, CNN Business',
      siteName: 'CNN',
    });
  });
});

describe('the header and the briefing', () => {
  it('show the site name once', () => {
    expect(header('Al Jazeera', 'Al Jazeera')).toBe('Al Jazeera');
    expect(header('Jane Reporter', 'Example News | Example News')).toBe('Jane Reporter · Example News');
    const md = briefingMarkdown(
      { title: 'T', byline: 'Example News', siteName: 'Example News', publishedTime: null },
      makeState().analysis!,
    );
    expect(md.split('\n')[2]).toBe('Example News');
  });
});
