/**
 * src/cli/lighten-html.ts: the analyze command leaves stylesheet text and most of each style
 * attribute out before jsdom parses a page. What article detection reads must not change: the
 * document's elements and text, each element's inline style.display / style.visibility, and so
 * the article found. Markup-looking text outside tags, and the contents of scripts, comments and
 * other raw-text elements, are never rewritten.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lightenHtml, visibilityDeclarations } from '../../src/cli/lighten-html';
import { analyzeFile, analyzeFileTimed, parseHtml } from '../../src/cli/run';
import { extractArticle } from '../../src/core/article';
import { resolve } from 'node:path';
import { FIXTURES, exampleHtml } from '../helpers/fixtures';

/** What detection can see of a document: per element, its name, inline display/visibility and own text. */
function visible(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    const style = (el as HTMLElement).style;
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === 3 && el.localName !== 'style')
      .map((n) => n.nodeValue)
      .join('');
    out.push(`${el.localName}|${style?.display ?? ''}|${style?.visibility ?? ''}|${own}`);
  }
  return out;
}

const both = (html: string) => ({ plain: parseHtml(html, undefined, { lighten: false }), light: parseHtml(html) });

describe('lightenHtml', () => {
  it('drops the text of <style> elements and keeps the elements', () => {
    const html =
      '<html><head><style media="screen">p { color: red } .a > .b { display: none }</style><STYLE>x{}</STYLE></head><body><p>Hi</p></body></html>';
    const out = lightenHtml(html);
    expect(out).toBe('<html><head><style media="screen"></style><STYLE></STYLE></head><body><p>Hi</p></body></html>');
    const { plain, light } = both(html);
    expect(visible(light)).toEqual(visible(plain));
    expect(light.getElementsByTagName('style')).toHaveLength(2);
  });

  it('keeps only display and visibility in style attributes, verbatim', () => {
    expect(visibilityDeclarations('color: red; DISPLAY : none;font-size:12px')).toBe('DISPLAY : none');
    expect(visibilityDeclarations('visibility:hidden;display:block !important')).toBe(
      'visibility:hidden; display:block !important',
    );
    expect(visibilityDeclarations('margin: 0')).toBe('');
    // Unsafe to split by ';': quotes, escapes, comments, character references stay whole.
    // prettier-ignore
    for (const v of ['background: url(data:image/png;base64,AAA=); visibility: hidden', 'background: url("a;display:none")', "content: 'x;display:none'", 'a: b\\;display:none', 'color: red /* ; display: none */', 'display&#58;none']) {
      expect(visibilityDeclarations(v)).toBe(v);
    }
    const html =
      '<div style="color: red; display: none">a</div><p title="x>y" style=\'visibility: hidden; margin: 0\' class=z>b</p><span style=color:red;display:inline>c</span>';
    expect(lightenHtml(html)).toBe(
      '<div style="display: none">a</div><p title="x>y" style=\'visibility: hidden\' class=z>b</p><span style=display:inline>c</span>',
    );
    const { plain, light } = both(html);
    expect(visible(light)).toEqual(visible(plain));
    expect(light.querySelector('p')!.getAttribute('title')).toBe('x>y');
  });

  it('never rewrites text outside tags, scripts, comments, or raw-text elements', () => {
    // prettier-ignore
    const html = [
      '<title>How to write <style>p{}</style> and style="color:red"</title>',
      '<script>var css = "<style>.x{color:red}</style>"; var s = \'<p style="color:red">\';</script>',
      '<!-- <style>.old{}</style> <p style="color: red"> -->',
      '<textarea><style>kept</style> <b style="color:red"></textarea>',
      '<p>Set style="color: red; display: none" on the element, or write <code>&lt;style&gt;p{}&lt;/style&gt;</code>.</p>',
      '<pre>a < b and b > c; <style</pre>',
    ].join('\n');
    expect(lightenHtml(html)).toBe(html);
  });

  it('stops rewriting at anything it does not understand, leaving the rest as it was', () => {
    const unterminatedComment = '<p style="color:red">a</p><!-- <p style="color:red">b</p>';
    expect(lightenHtml(unterminatedComment)).toBe('<p style="">a</p><!-- <p style="color:red">b</p>');
    const unterminatedStyle = '<p style="color:red">a</p><style>p{}';
    expect(lightenHtml(unterminatedStyle)).toBe('<p style="">a</p><style>p{}');
    const unterminatedQuote = '<p style="color:red">a</p><p title="oops>b</p>';
    expect(lightenHtml(unterminatedQuote)).toBe('<p style="">a</p><p title="oops>b</p>');
    expect(lightenHtml('no markup at all')).toBe('no markup at all');
  });

  it('keeps its place after characters whose lower case is longer (İ)', () => {
    const html = '<p>İİİİ İstanbul</p><style>p{}</style><div style="color:red;display:none">x</div>';
    expect(lightenHtml(html)).toBe('<p>İİİİ İstanbul</p><style></style><div style="display:none">x</div>');
  });

  it('random documents: detection sees the same elements, text and inline visibility', () => {
    const decl = fc.constantFrom(
      'color: red',
      'display: none',
      'display:block',
      'visibility: hidden',
      'VISIBILITY:visible',
      'margin:0 auto',
      'background: url(data:image/png;base64,AAA=)',
      'font: 12px/1.5 "Times New Roman"',
      'display: none !important',
      '',
    );
    const style = fc.array(decl, { maxLength: 4 }).map((ds) => ds.join(';'));
    const text = fc.constantFrom(
      'Maduro said',
      'style="display:none"',
      'a < b',
      '&lt;style&gt;',
      ' ',
      'x > y',
      '“quoted”',
    );
    const el: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc
          .tuple(
            fc.constantFrom('div', 'p', 'span', 'section', 'b'),
            fc.option(style),
            fc.constantFrom('"', "'"),
            fc.array(tie('node'), { maxLength: 3 }),
          )
          .map(
            ([tag, s, q, kids]) =>
              `<${tag}${s === null ? '' : ` style=${q}${s.replace(new RegExp(q, 'g'), '')}${q}`}>${kids.join('')}</${tag}>`,
          ),
        fc.constantFrom(
          '<style>.a{display:none} p > b { color: red }</style>',
          '<script>var x = "<style>a{}</style>";</script>',
          '<!-- <div style="display:none"> -->',
        ),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(el, { maxLength: 6 }), (kids) => {
        const html = `<!doctype html><html><head><title>t</title></head><body>${kids.join('')}</body></html>`;
        const { plain, light } = both(html);
        expect(visible(light)).toEqual(visible(plain));
      }),
      { numRuns: 60 },
    );
  }, 90_000);
});

describe('the analyze path with lightened HTML', () => {
  it('finds the same article on the example page', () => {
    const { plain, light } = both(exampleHtml());
    const a = extractArticle(plain)!;
    const b = extractArticle(light)!;
    expect(b).not.toBeNull();
    const strip = (x: typeof a) => ({
      ...x,
      segments: x.segments.map((s) => [s.start, s.end, s.nodeOffset, s.node.data]),
    });
    expect(strip(b)).toEqual(strip(a));
    expect(visible(light)).toEqual(visible(plain));
  });

  it("analyzeFileTimed gives analyzeFile's line and the read and parse times", () => {
    const file = resolve(FIXTURES, 'pages/us-venezuela.html');
    const timed = analyzeFileTimed(file, false);
    const line = analyzeFile(file, false);
    const noTimings = (r: typeof line) => ('error' in r ? r : { ...r, timings: null });
    expect(noTimings(timed.result)).toEqual(noTimings(line));
    expect(timed.parseMs).toBeGreaterThan(0);
    expect(timed.readMs).toBeGreaterThanOrEqual(0);
    const missing = analyzeFileTimed('/nonexistent/page.html', false);
    expect(missing.result).toEqual({ file: '/nonexistent/page.html', error: 'file not found' });
    expect(missing.parseMs).toBe(0);
  });
});
