import { type MouseEvent, type PointerEvent, useCallback, useMemo } from 'react';
import type { MarkHotspot, MarkLayerProps } from './MarkLayer';

/**
 * The pointer side of a chart's marks, one for every kind, from the marks its keyboard layer holds
 * (MarkLayer): hover shows the mark's tooltip, a click does what Enter does on the keyboard layer
 * (open the country's profile, or add it to the selection).
 *
 * A tap (a finger, not a mouse, a pen or a key) shows the tooltip and changes nothing else: the link
 * and the history stay as they were, and a profile opens from its own control (the country's name
 * beside the chart, the table's country button, the Profile picker). Where the kind's marks lie close
 * enough for their tap targets to overlap (`nearestOnTap`), the tooltip is the one of the mark nearest
 * the finger (nearestMark.ts), not of the mark the browser found on top; that code loads on the first
 * tap (tapNearest.ts).
 */
export function useMarks({
  marks,
  showTip,
  hideTip,
  activate,
  nearestOnTap = false,
}: Omit<MarkLayerProps, 'label'> & { activate: (key: string) => void; nearestOnTap?: boolean }) {
  const byKey = useMemo(() => new Map(marks.map((m) => [m.key, m])), [marks]);
  const tap = useCallback(
    (key: string, event: MouseEvent<SVGElement>) => {
      const own = byKey.get(key);
      const target = event.currentTarget;
      const svg = target.ownerSVGElement;
      const showOwn = () => own && showTip(own.tip(), target);
      if (!svg || !nearestOnTap) return showOwn();
      // Only the mark the tap means gets a tooltip: the one the browser found on top (a neighbour,
      // where targets overlap) is never shown first, not even while this code is on its way.
      const client = { x: event.clientX, y: event.clientY };
      import('./tapNearest').then(({ markAtTap }) => {
        const hit = markAtTap(marks, svg, client);
        if (hit) showTip(hit.mark.tip(), hit.anchor);
        else showOwn();
        // Its code cannot be fetched (offline): the tapped mark's tooltip.
      }, showOwn);
    },
    [byKey, marks, nearestOnTap, showTip],
  );
  const on = useCallback(
    (key: string) => ({
      // A hover (a mouse or a pen) shows the tooltip; a finger never hovers: its tap does (below).
      onPointerEnter: (event: PointerEvent<SVGElement>) => {
        const mark = byKey.get(key);
        if (mark && event.pointerType !== 'touch') showTip(mark.tip(), event.currentTarget);
      },
      onMouseLeave: hideTip,
      onClick: (event: MouseEvent<SVGElement>) => {
        if ((event.nativeEvent as globalThis.PointerEvent).pointerType !== 'touch') return activate(key);
        event.stopPropagation();
        tap(key, event);
      },
    }),
    [byKey, showTip, hideTip, activate, tap],
  );
  const layer = useMemo(() => ({ marks, showTip, hideTip, activate }), [marks, showTip, hideTip, activate]);
  return { on, layer };
}

/** What a mark listens to (Mark.tsx): from `on(key)` of useMarks. */
export type MarkEvents = ReturnType<ReturnType<typeof useMarks>['on']>;

/** The keyboard layer's box of a point mark: `size` px square about (x, y). */
export function pointMark(
  key: string,
  x: number,
  y: number,
  size: number,
  label: string,
  tip: () => string[],
): MarkHotspot {
  return { key, x: x - size / 2, y: y - size / 2, width: size, height: size, label, tip };
}
