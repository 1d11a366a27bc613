/** Test pages for the sidebar polish tests: small made-up articles of the kinds a reader meets. */

// prettier-ignore
const PEOPLE_PARAGRAPHS = [
  'Maria Lopez, the mayor of Springfield, met Tom Becker of the Harbor Council on Monday to discuss the new ferry terminal planned for the east side of the bay, a project that has divided residents for more than two years.',
  'The Harbor Council has argued that the terminal would bring jobs to Springfield, while a group of residents led by Ellen Park has warned that the traffic on Shore Road would become unbearable during the summer months.',
  'Becker told reporters after the meeting that the council would publish a new traffic study before the end of the month, and that the state transport agency in Albany had agreed to review the plans once the study was complete.',
  'Lopez has supported the project since her election, but she has also asked the council to fund a shuttle service between the terminal and the town centre, which would take pressure off Shore Road at the busiest times of day.',
  'Park and her neighbours have collected more than three thousand signatures for a petition that asks the state to move the terminal to the old rail yard north of Springfield, where there is already a large car park.',
  'The state transport agency is expected to decide on the location in the spring, after a round of public hearings in Springfield and in the neighbouring town of Westport, where the ferry would also call twice a day.',
  'Officials in Westport have said little about the plan so far, although the town manager, Daniel Okafor, has written to the agency to ask for an assessment of the effect on the small harbour at the mouth of the river.',
];

const QUOTE_PARAGRAPHS = [
  '"We have listened to every resident who wrote to us, and we will keep listening," Lopez said at the meeting.',
  '"The study will answer the questions people have about traffic," Becker said. "Nobody wants Shore Road to be a car park."',
];

export function articlePage(opts: { quotes: boolean; byline?: string; dark?: boolean }): string {
  const paras = opts.quotes
    ? [...PEOPLE_PARAGRAPHS.slice(0, 3), ...QUOTE_PARAGRAPHS, ...PEOPLE_PARAGRAPHS.slice(3)]
    : PEOPLE_PARAGRAPHS;
  const style = opts.dark ? '<style>html,body{background:#111418;color:#e6e6e6} a{color:#9cf}</style>' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Springfield weighs a new ferry terminal</title>
    <meta property="og:site_name" content="The Springfield Evening Chronicle and Harbour Gazette">
    <meta property="article:published_time" content="2026-11-30T08:00:00Z">${style}</head>
    <body><main><article><h1>Springfield weighs a new ferry terminal</h1>
    <p class="byline">${opts.byline ?? 'By Sam Reed'}</p>
    ${paras.map((p) => `<p>${p}</p>`).join('\n')}
    </article></main></body></html>`;
}

export function frenchPage(): string {
  const p =
    'Le conseil municipal de Lyon a approuvé lundi soir un projet de nouvelle ligne de tramway qui doit relier la gare de la Part-Dieu aux quartiers du sud de la ville, après plusieurs mois de débats entre les élus et les associations de riverains.';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Lyon approuve une nouvelle ligne de tramway</title></head>
    <body><main><article><h1>Lyon approuve une nouvelle ligne de tramway</h1>
    ${Array.from({ length: 7 }, () => `<p>${p}</p>`).join('\n')}
    </article></main></body></html>`;
}

/**
 * A page of more than 8,000 elements (read in part) whose text is mostly script, style and
 * hidden elements: a reader sees far less text than textContent counts.
 */
export function hugeHiddenTextPage(): string {
  const paras: string[] = [];
  for (let i = 0; i < 60; i++) paras.push(`<p>${PEOPLE_PARAGRAPHS[i % PEOPLE_PARAGRAPHS.length]}</p>`);
  const items: string[] = [];
  for (let i = 0; i < 9000; i++) items.push(`<li>Link ${i}</li>`);
  const filler = 'lorem ipsum dolor sit amet '.repeat(8000);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Springfield weighs a new ferry terminal</title>
    <style>/* ${filler} */ .x { color: red; }</style></head>
    <body><main><article><h1>Springfield weighs a new ferry terminal</h1>${paras.join('\n')}</article></main>
    <aside><ul>${items.join('')}</ul></aside>
    <script>/* ${filler} */ var unused = 1;</script>
    <div hidden>${filler}</div>
    <div style="display:none">${filler}</div>
    </body></html>`;
}

/** A front page: short teasers, no article. The second teaser names people the others do not. */
export function frontPage(): string {
  const teasers = [
    'Ferry terminal plans divide Springfield as the council prepares a traffic study.',
    'Maria Lopez, the mayor of Springfield, met Tom Becker of the Harbor Council on Monday.',
    'Daniel Okafor writes to the state agency about the harbour in Westport.',
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Springfield Evening Chronicle</title>
    <meta property="og:site_name" content="The Springfield Evening Chronicle"></head>
    <body><header><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
    <main>${teasers.map((t, i) => `<section><h2><a href="/story-${i}">Story ${i + 1}</a></h2><p id="teaser-${i}">${t}</p></section>`).join('')}</main></body></html>`;
}
