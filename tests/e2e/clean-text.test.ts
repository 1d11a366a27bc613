/**
 * Invisible characters inside names, in real Chromium and Firefox ESR with the built extension:
 * a short made-up article whose mayor's surname carries a soft hyphen ("Bren&shy;nermann") and
 * whose fisherman's a zero-width space. After the toolbar click Gloss names each person whole
 * (not "Katharina Bren"), and each person highlight covers the whole name in the page: the
 * highlighted Range reads as the name once its invisible characters are removed, and the soft
 * hyphen lies inside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, pierce, startServer, unavailable, type Session, type TestServer } from './harness';
import { collectErrors, glossErrors, highlightInfo, sidebarText, until } from './hostile-support';
import { removeInvisible } from '../../src/core/article/invisible';

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Harbour town votes to rebuild its sea wall</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main><article>
<h1>Harbour town votes to rebuild its sea wall</h1>
<p>The council of Lindholm voted on Tuesday to rebuild the old sea wall before the winter storms, ending a dispute that has divided the small harbour town for more than two years.</p>
<p>Mayor Katharina Bren&shy;nermann said the vote was a relief for the families who live closest to the water. &ldquo;We have waited long enough, and the sea will not wait for us,&rdquo; Bren&shy;nermann told reporters after the meeting.</p>
<p>The work will cost about four million euros and should be finished by the end of next year, according to the town&rsquo;s engineers, who warned that the wall had been crumbling since a storm in the spring.</p>
<p>Fishermen in the harbour welcomed the decision. Tomas Wei&#x200B;land, who has worked on the quay for thirty years, said the old wall had flooded the fish market twice last winter.</p>
</article></main>
</body>
</html>`;

const NAMES = ['Katharina Brennermann', 'Brennermann', 'Tomas Weiland'];

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(`invisible characters in names in ${name}${why ? ` (skipped: ${why})` : ''}`, () => {
    let session: Session;
    let server: TestServer;

    beforeAll(async () => {
      server = await startServer();
      server.route('/sea-wall', PAGE);
      session = await launch(name);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('a soft hyphen inside a surname: the person is the whole name and the highlight covers it', async () => {
      const page = await session.newPage();
      const errors = collectErrors(page);
      await page.goto(server.url('/sea-wall'), { waitUntil: 'load' });
      await session.clickToolbar(page);
      await pierce(page, '.gl-title');
      const h = await until(page, 'person highlights', async () => {
        const info = await highlightInfo(page);
        return info.people.length >= 3 ? info : null;
      });
      // Every person highlight is a whole name; the page's text under it keeps its soft hyphen.
      const read = h.people.map((p) => removeInvisible(p));
      for (const p of read) expect(NAMES).toContain(p);
      expect(read).toContain('Katharina Brennermann');
      expect(read).toContain('Tomas Weiland');
      expect(h.people).toContain('Katharina Bren\u00ADnermann');
      expect(h.people).toContain('Tomas Wei\u200Bland');
      expect(h.detached).toBe(0);
      // The sidebar names the person whole.
      const sidebar = await sidebarText(page);
      expect(sidebar).toContain('Katharina Brennermann');
      expect(sidebar).not.toMatch(/Katharina Bren(?!nermann)/);
      expect(glossErrors(errors)).toEqual([]);
      await page.close();
    });
  });
}
