/**
 * Boxes a page sets as a blockquote for their look: a summary, a tip, an editor's note, an
 * update. They open with the box's label ("Summary Studies show …", "Editor’s note: …", "Bottom
 * line — …") and are the publisher's own words, not anyone's quotation.
 *
 * A label counts when it is followed by a colon or dash, or (a bold label run into its text, the
 * markup gone) by a capitalised word: "Update the map" or "Summary judgment" stay quotations.
 */

/** Labels of boxes of the page's own voice (general words of page layout). */
const LABELS = [
  'summary',
  'in summary',
  'bottom line',
  'the bottom line',
  'takeaway',
  'takeaways',
  'key takeaway',
  'key takeaways',
  'key points',
  'in brief',
  'at a glance',
  'tl;dr',
  'tldr',
  'note',
  'editor’s note',
  "editor's note",
  'editors’ note',
  "editors' note",
  'author’s note',
  "author's note",
  'tip',
  'pro tip',
  'quick tip',
  'update',
  'updated',
  'correction',
  'clarification',
  'disclaimer',
  'disclosure',
  'warning',
  'caution',
  'important',
  'related',
  'see also',
  'read more',
  'read also',
  'also read',
];

// (longest first: "updated" before "update")
const LABEL = new RegExp(
  String.raw`^(?:${[...LABELS]
    .sort((a, b) => b.length - a.length)
    .map((l) => l.replace(/ /g, String.raw`\s+`))
    .join('|')})`,
  'iu',
);
/** What follows a label: a colon or dash, or a capitalised word (case matters, so no `i` flag). */
const AFTER_LABEL = /^(?:\s*[:：—–-]\s*\S|\s+[\p{Lu}\d])/u;

/** Does a blockquote's first line open with a box label, making the block page furniture? */
export function isLabelledBox(firstLine: string): boolean {
  const line = firstLine.trimStart();
  const m = LABEL.exec(line);
  return m !== null && AFTER_LABEL.test(line.slice(m[0].length));
}
