import { describe, expect, it } from 'vitest';
import { briefingMarkdown, escapeMarkdown, quoteBody } from '../../src/ui/sidebar/briefing';
import { ANALYSIS, ARTICLE } from './sidebar-fixtures';

describe('briefingMarkdown', () => {
  const md = briefingMarkdown(ARTICLE, ANALYSIS);

  it('starts with the title and the byline, site and time', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Trump says US could soon strike targets inside Venezuela');
    expect(lines[2]).toBe('Jane Reporter · Example News · 2 Dec 2025, 14:05 UTC');
  });

  it('lists entities by type, most mentioned first, with roles, aliases and mention counts', () => {
    const people = md.slice(md.indexOf('## People'), md.indexOf('## Organisations'));
    expect(people.trim().split('\n').slice(2)).toEqual([
      '- **Donald Trump**: President (also “Trump”) — 3 mentions',
      '- **Nicolas Maduro**: Venezuelan President (also “Maduro”) — 2 mentions',
      '- **Pete Hegseth**: War Secretary — 1 mention',
      '- **Delcy Rodriguez** — 1 mention',
      "- **Jorge Rodriguez**: head of Venezuela's legislature — 1 mention",
    ]);
    expect(md).toContain('## Organisations\n\n- **White House** — 1 mention\n- **OPEC** — 1 mention');
    expect(md).toContain('## Places\n\n- **Venezuela**');
    expect(md).not.toContain('## Also named');
  });

  it('gives each quote with its speaker, role and kind; unattributed ones say so', () => {
    expect(md).toContain(
      "> “We're going to start doing those strikes on land too,”\n> — Donald Trump, President (full quote)",
    );
    expect(md).toContain('> “will never be a colony”\n> — Nicolas Maduro, Venezuelan President (partial quote)');
    expect(md).toContain('> “This is a dangerous escalation,”\n> — Unattributed (full quote)');
  });

  it('gives background notes with their sources, Wikipedia linked', () => {
    const notes = md.slice(md.indexOf('## Background notes'));
    expect(notes).toContain(
      '### Donald Trump\n\n- President of the United States, according to the article. (source: the article)',
    );
    expect(notes).toContain(
      '- Donald John Trump is an American politician who is the 47th president of the United States. (source: [Wikipedia](https://en.wikipedia.org/wiki/Donald_Trump))',
    );
    expect(notes).toContain(
      '### Nicolas Maduro\n\n- Nicolás Maduro has led Venezuela since 2013. (source: Gloss reference data)',
    );
  });

  it('escapes Markdown in page text so names cannot inject formatting or links', () => {
    const out = briefingMarkdown(
      { title: '*Breaking* [news](http://evil)', byline: null, siteName: null, publishedTime: null },
      {
        entities: [
          {
            id: 'x',
            name: 'A_B <script>',
            type: 'person',
            aliases: [],
            role: '# heading',
            mentions: [],
            notes: [{ source: 'wikipedia', text: 'x', url: 'javascript:alert(1)' }],
          },
        ],
        quotes: [],
      },
    );
    expect(out).toContain('# \\*Breaking\\* \\[news\\](http://evil)');
    expect(out).toContain('- **A\\_B \\<script\\>**: \\# heading — 0 mentions');
    expect(out).toContain('- x (source: Wikipedia)');
    expect(out).not.toContain('javascript:');
  });

  it('says when the analysis was unsupported or truncated', () => {
    const un = briefingMarkdown(ARTICLE, {
      entities: [],
      quotes: [],
      unsupported: { reason: 'The article is in French' },
    });
    expect(un).toContain('> Gloss could not analyse this article: The article is in French.');
    expect(un).not.toContain('## People');
    const tr = briefingMarkdown(ARTICLE, { ...ANALYSIS, truncated: { analysedChars: 1000, totalChars: 5000 } });
    expect(tr).toContain('> Only the first 1,000 of 5,000 characters were analysed.');
  });

  it('omits missing metadata and handles a date-only publication time', () => {
    const out = briefingMarkdown(
      { title: 'T', byline: null, siteName: 'Site', publishedTime: '2025-11-12' },
      { entities: [], quotes: [] },
    );
    expect(out).toBe('# T\n\nSite · 12 Nov 2025\n');
  });
});

describe('helpers', () => {
  it('escapeMarkdown flattens whitespace and escapes a leading list marker', () => {
    expect(escapeMarkdown('  a\n b  ')).toBe('a b');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('\\1. not a list');
  });
  it('quoteBody strips one pair of quotation marks only', () => {
    expect(quoteBody('“Hello,”')).toBe('Hello,');
    expect(quoteBody('"Hi"')).toBe('Hi');
    expect(quoteBody('the Venezuelans’')).toBe('the Venezuelans’');
  });
});
