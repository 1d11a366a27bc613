/**
 * "Copy as Markdown": the article as a briefing a reader can paste into notes or a message.
 * Entities with their roles, quotes with their speakers, background notes with their sources.
 * Pure: the same input gives the same text, so it is unit-tested and the sidebar only copies it.
 */
import type { Analysis, ArticleMeta, Entity, Note, Quote } from '../../core/analysis/contract';
import { ENTITY_TYPES, NOTE_SOURCES, perSource, type EntityTypeInfo } from '../../core/analysis/entity-types';
import { bylineAndSite, formatPublished, groupDigits } from '../../core/format';
import { sortByMentions } from './model';
import { otherNames } from './other-names';
import { briefingLine, briefingSentences, type ArticleTextInfo } from './briefing-line';
import type { CorrectedAnalysis, CorrectedEntity } from '../../core/corrections';
import { describeMark } from './correction-text';

const SOURCE_LABEL = perSource(NOTE_SOURCES, (s) => s.briefingLabel);

/**
 * The briefing's sections of names: one per entity type with entries, under its heading, in the
 * types' order (`types`: the list, src/core/analysis/entity-types.ts).
 */
export function entitySections(
  entities: readonly CorrectedEntity[],
  types: readonly EntityTypeInfo[] = ENTITY_TYPES,
): string[] {
  const out: string[] = [];
  for (const { type, heading } of types) {
    const list = sortByMentions(entities.filter((e) => e.type === type));
    if (list.length === 0) continue;
    out.push('', `## ${heading}`, '');
    for (const e of list) out.push(entityLine(e));
  }
  return out;
}

/** Backslash-escapes what Markdown would otherwise read as formatting; flattens line breaks. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^([#+\-=>]|\d+\.)(?=\s|$)/, '\\$1');
}

/**
 * `analysis` may be the reader's corrected one (src/core/corrections): their corrections are then
 * marked on the entities they changed, and the names they hid listed apart. With the article's
 * text, the briefing line's dateline place is found too.
 */
export function briefingMarkdown(
  article: Pick<ArticleMeta, 'title' | 'byline' | 'siteName' | 'publishedTime'> & Partial<ArticleTextInfo>,
  analysis: Analysis | CorrectedAnalysis,
): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(article.title || 'Untitled article')}`);
  const time = formatPublished(article.publishedTime, 'en-GB', 'UTC');
  const when = time ? (time.datetime.length === 10 ? time.text : `${time.text} UTC`) : null;
  const { byline, siteName } = bylineAndSite(article.byline, article.siteName);
  const meta = [byline, siteName, when].filter((s): s is string => !!s && s.trim() !== '').map(escapeMarkdown);
  if (meta.length) out.push('', meta.join(' · '));

  if (analysis.unsupported) {
    out.push('', `> Gloss could not analyse this article: ${escapeMarkdown(analysis.unsupported.reason)}.`);
    return out.join('\n') + '\n';
  }
  if (analysis.truncated) {
    const { analysedChars, totalChars } = analysis.truncated;
    out.push(
      '',
      `> Only the first ${groupDigits(analysedChars)} of ${groupDigits(totalChars)} characters were analysed.`,
    );
  }
  const line = briefingLine(
    analysis,
    typeof article.text === 'string' ? { text: article.text, blocks: article.blocks } : undefined,
  );
  // An article that gives nothing for it gets no line (the sidebar says so; the export stays short).
  if (line && (line.about.length || line.quoted || line.places.length))
    out.push('', `**In brief:** ${briefingSentences(line).map(escapeMarkdown).join(' ')}`);

  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  out.push(...entitySections(analysis.entities));

  if (analysis.quotes.length) {
    out.push('', '## Quotes');
    for (const q of analysis.quotes) {
      out.push('', `> “${escapeMarkdown(quoteBody(q.text))}”`, `> — ${speakerLine(q, byId)}`);
    }
  }

  const hidden = 'hidden' in analysis ? (analysis.hidden ?? []) : [];
  if (hidden.length) {
    out.push('', '## Hidden by you', '');
    for (const h of hidden)
      out.push(`- ${escapeMarkdown(h.entity.name)}${h.site ? ` (on ${escapeMarkdown(h.site)})` : ''}`);
  }

  const withNotes = analysis.entities.filter((e) => e.notes.length > 0);
  if (withNotes.length) {
    out.push('', '## Background notes');
    for (const e of sortByMentions(withNotes)) {
      out.push('', `### ${escapeMarkdown(e.name)}`, '');
      for (const n of e.notes) out.push(noteLine(n));
    }
  }
  return out.join('\n') + '\n';
}

function entityLine(e: CorrectedEntity): string {
  let line = `- **${escapeMarkdown(e.name)}**`;
  if (e.role) line += `: ${escapeMarkdown(e.role)}`;
  const aliases = otherNames(e);
  if (aliases.length) line += ` (also “${aliases.map(escapeMarkdown).join('”, “')}”)`;
  const n = e.mentions.length;
  line += ` — ${n} ${n === 1 ? 'mention' : 'mentions'}`;
  if (e.corrections?.length)
    line += ` (corrected by you: ${e.corrections.map((m) => escapeMarkdown(describeMark(m))).join('; ')})`;
  return line;
}

function speakerLine(q: Quote, byId: Map<string, Entity>): string {
  const kind = q.kind === 'partial' ? 'partial quote' : 'full quote';
  if (!q.speaker) return `Unattributed (${kind})`;
  const entity = q.speaker.entityId ? byId.get(q.speaker.entityId) : undefined;
  const name = entity?.name ?? q.speaker.name;
  const role = entity?.role;
  return `${escapeMarkdown(name)}${role ? `, ${escapeMarkdown(role)}` : ''} (${kind})`;
}

function noteLine(n: Note): string {
  const src = SOURCE_LABEL[n.source];
  const cite = n.url && /^https?:\/\//.test(n.url) ? `[${src}](${n.url.replace(/[()\s]/g, encodeURIComponent)})` : src;
  return `- ${escapeMarkdown(n.text)} (source: ${cite})`;
}

/** The quote's words without the quotation marks around them (the briefing adds its own). */
export function quoteBody(text: string): string {
  const t = text.trim();
  // Only a pair: a lone trailing ’ may be an apostrophe ("the Venezuelans’").
  if (t.length >= 2 && OPENERS.includes(t[0]!) && CLOSERS.includes(t[t.length - 1]!)) return t.slice(1, -1).trim();
  return t;
}

const OPENERS = '"“„«‘\'';
const CLOSERS = '"”»’\'';
