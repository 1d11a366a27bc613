/**
 * The reader's selection in the page, for "Read the selection": the selection now, or the last
 * one made while the sidebar was open (a click on our button may collapse it before the click
 * reaches us). A selection inside our own element does not count.
 */
export interface SelectionTracker {
  /** Starts following the selection (the sidebar opened). */
  start(): void;
  stop(): void;
  /** The page's selection now, or the last one seen since `start`; null if none. */
  chosen(): Range | null;
}

export function createSelectionTracker(doc: Document, isOurs: (node: Node) => boolean): SelectionTracker {
  let last: Range | null = null;
  const current = (): Range | null => {
    const sel = doc.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
    const r = sel.getRangeAt(0);
    return isOurs(r.commonAncestorContainer) ? null : r;
  };
  const onChange = () => {
    const r = current();
    if (r) last = r.cloneRange();
  };
  return {
    start() {
      last = current()?.cloneRange() ?? null;
      doc.addEventListener('selectionchange', onChange);
    },
    stop() {
      doc.removeEventListener('selectionchange', onChange);
      last = null;
    },
    chosen: () => current() ?? last,
  };
}
