/**
 * The drag handle on the sidebar's inner edge. Pointer drag and keyboard (arrows, Shift for big
 * steps, Home/End) both resize. It is a focusable `separator` with its value, as ARIA describes
 * for a window splitter. Widths go to `onResize(width, done)`: `done` false while dragging
 * (throttled to one call per frame), true when the reader lets go.
 */
import { useRef } from 'preact/hooks';
import { clampWidth, MAX_WIDTH, MIN_WIDTH, type Side } from '../../../core/settings';

interface Props {
  side: Side;
  width: number;
  onResize(width: number, done: boolean): void;
}

const STEP = 16;
const BIG_STEP = 64;

export function ResizeHandle({ side, width, onResize }: Props) {
  const drag = useRef<{ pointerId: number; frame: number; pending: number | null } | null>(null);

  const widthAt = (clientX: number, el: Element): number => {
    const view = el.ownerDocument.defaultView;
    const vw = view?.innerWidth ?? 1024;
    return clampWidth(side === 'right' ? vw - clientX : clientX);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const el = e.currentTarget as HTMLElement;
    e.preventDefault();
    el.setPointerCapture?.(e.pointerId);
    el.setAttribute('data-dragging', '');
    drag.current = { pointerId: e.pointerId, frame: 0, pending: null };
  };

  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const el = e.currentTarget as HTMLElement;
    d.pending = widthAt(e.clientX, el);
    if (d.frame) return;
    const view = el.ownerDocument.defaultView;
    const flush = () => {
      d.frame = 0;
      if (d.pending !== null) onResize(d.pending, false);
    };
    d.frame = view?.requestAnimationFrame ? view.requestAnimationFrame(flush) : (flush(), 0);
  };

  const endDrag = (e: PointerEvent) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const el = e.currentTarget as HTMLElement;
    if (d.frame) el.ownerDocument.defaultView?.cancelAnimationFrame(d.frame);
    drag.current = null;
    el.removeAttribute('data-dragging');
    el.releasePointerCapture?.(e.pointerId);
    onResize(e.type === 'pointercancel' ? (d.pending ?? width) : widthAt(e.clientX, el), true);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? BIG_STEP : STEP;
    // The handle sits on the inner edge: for a right-hand sidebar, moving it left widens it.
    const widen = side === 'right' ? 'ArrowLeft' : 'ArrowRight';
    const narrow = side === 'right' ? 'ArrowRight' : 'ArrowLeft';
    let next: number | null = null;
    if (e.key === widen) next = width + step;
    else if (e.key === narrow) next = width - step;
    else if (e.key === 'Home') next = MIN_WIDTH;
    else if (e.key === 'End') next = MAX_WIDTH;
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    onResize(clampWidth(next), true);
  };

  return (
    <div
      class="gl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize Gloss sidebar"
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      aria-valuenow={width}
      aria-valuetext={`${width} pixels wide`}
      tabIndex={0}
      title="Drag, or use the arrow keys, to resize"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    />
  );
}
