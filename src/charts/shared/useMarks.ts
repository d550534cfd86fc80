import { type MouseEvent, useCallback, useMemo } from 'react';
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
      if (own) showTip(own.tip(), event.currentTarget);
      const svg = event.currentTarget.ownerSVGElement;
      if (!svg || !nearestOnTap) return;
      const client = { x: event.clientX, y: event.clientY };
      import('./tapNearest').then(
        ({ markAtTap }) => {
          const hit = markAtTap(marks, svg, client);
          if (hit && hit.mark !== own) showTip(hit.mark.tip(), hit.anchor);
        },
        // Its code cannot be fetched (offline): the tapped mark's tooltip, shown above, stays.
        () => undefined,
      );
    },
    [byKey, marks, nearestOnTap, showTip],
  );
  const on = useCallback(
    (key: string) => ({
      onMouseEnter: (event: MouseEvent<SVGElement>) => {
        const mark = byKey.get(key);
        if (mark) showTip(mark.tip(), event.currentTarget);
      },
      onMouseLeave: hideTip,
      onClick: (event: MouseEvent<SVGElement>) => {
        if ((event.nativeEvent as PointerEvent).pointerType !== 'touch') return activate(key);
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
