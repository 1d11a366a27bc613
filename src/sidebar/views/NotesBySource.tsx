/**
 * Background notes grouped by where they come from: the article itself, Gloss's bundled data,
 * Wikipedia (with its link). Notes are text; a link is shown only for http(s) URLs.
 */
import type { Note, NoteSource } from '../../analysis/contract';

const ORDER: Array<{ source: NoteSource; label: string }> = [
  { source: 'article', label: 'From the article' },
  { source: 'bundled', label: 'From Gloss reference data' },
  { source: 'wikipedia', label: 'From Wikipedia' },
];

export function NotesBySource({ notes }: { notes: readonly Note[] }) {
  if (notes.length === 0) return <p class="gl-muted-text">No background notes.</p>;
  return (
    <>
      {ORDER.map(({ source, label }) => {
        const group = notes.filter((n) => n.source === source);
        if (group.length === 0) return null;
        return (
          <div key={source} class={`gl-notes gl-notes-${source}`}>
            <p class="gl-notes-source">{label}</p>
            {group.map((n, i) => (
              <p key={i} class="gl-note">
                {n.text}
                {n.url && /^https?:\/\//i.test(n.url) ? (
                  <>
                    {' '}
                    <a href={n.url} target="_blank" rel="noopener noreferrer">
                      Read more<span class="gl-visually-hidden"> on {source === 'wikipedia' ? 'Wikipedia' : 'the source'}</span>
                    </a>
                  </>
                ) : null}
              </p>
            ))}
          </div>
        );
      })}
    </>
  );
}
