/**
 * The reader's corrections in this page: read from storage at the start (awaited only before an
 * analysis is shown, so the sidebar's first paint does not wait for them), made and undone here,
 * and followed when they change elsewhere (another tab, the settings page). The sidebar and the
 * highlights show the reading as corrected; an open card whose entity was merged follows it.
 */
import { findEntity, newCorrection, type Correction, type CorrectionRequest } from '../../core/corrections';
import type { ContentStore } from './content-state';
import type { CorrectionsEdge } from './edge';

export interface CorrectionsSync {
  /** Settles once the stored corrections were read. */
  readonly loaded: Promise<void>;
  correct(request: CorrectionRequest): void;
  undo(id: string): void;
  stop(): void;
}

export function createCorrectionsSync(
  edge: CorrectionsEdge,
  store: ContentStore,
  redrawHighlights: () => void,
): CorrectionsSync {
  let heard = false;
  const loaded = edge.load().then((stored) => {
    if (!heard) store.setCorrections(stored);
  });
  // Corrections made here that storage does not hold (yet, or ever: storage full), and ones
  // removed here that it still holds: what storage reports meanwhile is read with these applied.
  const unkept = new Map<string, Correction>();
  const removing = new Set<string>();

  const apply = (next: Correction[], made?: Correction) => {
    store.setCorrections(next);
    const { analysis } = store.reading;
    if (!analysis) return;
    const shown = store.corrected(analysis);
    let focus = store.view.focusEntityId;
    if (focus !== null && !shown.entities.some((e) => e.id === focus)) {
      const merged = made?.kind === 'merge' ? findEntity(shown.entities, made.into) : undefined;
      focus = merged?.id ?? null;
    }
    store.show({ analysis, focusEntityId: focus });
    redrawHighlights();
  };
  const withLocal = (list: Correction[]) =>
    [...list, ...[...unkept.values()].filter((u) => !list.some((c) => c.id === u.id))].filter(
      (c) => !removing.has(c.id),
    );
  const stop = edge.watch((stored) => {
    heard = true;
    const next = withLocal(stored);
    const now = store.corrections;
    // Our own write coming back: nothing to show again.
    if (next.length === now.length && next.every((c, i) => c.id === now[i]?.id)) return;
    apply(next);
  });
  /** A correction could not be kept or removed: it still holds on this page, and the reader is told. */
  const failed = (e: unknown) => store.show({ notice: e instanceof Error ? e.message : String(e) });

  return {
    loaded,
    correct(request) {
      const c = newCorrection(request);
      unkept.set(c.id, c);
      apply([...store.corrections, c], c);
      void edge.keep(c).then(() => {
        unkept.delete(c.id);
        if (store.view.notice) store.show({ notice: null });
      }, failed);
    },
    undo(id) {
      unkept.delete(id);
      removing.add(id);
      apply(store.corrections.filter((c) => c.id !== id));
      void edge.remove(id).then(() => removing.delete(id), failed);
    },
    stop,
  };
}
