import { type KeyboardEvent, startTransition, useEffect, useState } from 'react';

/**
 * Keyboard access to a chart's marks. The chart <svg> stays a pure role="img" (its marks cannot be
 * focusable inside an image), so each mark gets a transparent HTML button laid over it from the
 * same layout numbers. Arrow keys move between them (roving focus: one Tab stop), focus shows the
 * tooltip, Enter/Space activate. The mouse talks to the SVG marks directly.
 */

/** What a tooltip is placed against: a mark, or a box where a mark lies (useMarks.ts). */
export type TipAnchor = Pick<Element, 'getBoundingClientRect'>;

export interface MarkHotspot {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** The tooltip's lines, computed when the mark gets focus (not for every mark on each render). */
  tip: () => string[];
}

export interface MarkLayerProps {
  marks: readonly MarkHotspot[];
  label: string;
  showTip: (lines: string[], target: TipAnchor) => void;
  hideTip: () => void;
  activate?: (key: string) => void;
}

function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const i = buttons.indexOf(event.target as HTMLButtonElement);
  const last = buttons.length - 1;
  const next: Record<string, number> = {
    ArrowRight: Math.min(last, i + 1),
    ArrowDown: Math.min(last, i + 1),
    ArrowLeft: Math.max(0, i - 1),
    ArrowUp: Math.max(0, i - 1),
    Home: 0,
    End: last,
  };
  const target = next[event.key];
  if (target === undefined || i < 0) return;
  event.preventDefault();
  for (const [j, b] of buttons.entries()) b.tabIndex = j === target ? 0 : -1;
  buttons[target]?.focus();
}

/**
 * `value` as it was at the last commit until a render of its own, in a transition after the commit
 * that changed it: the mark buttons (an HTML box each) are committed and laid out after the chart's
 * SVG, not in the same task and frame (issue 26: after a 50,000-row import at 4× CPU that frame was
 * the longest task). The buttons are invisible and take no pointer (keyboard only): a frame later
 * shows nothing different. On the first render they come with the chart.
 */
function useAfterCommit<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (shown !== value) startTransition(() => setShown(value));
  }, [shown, value]);
  return shown;
}

export function MarkLayer({ marks: latest, label, showTip, hideTip, activate }: MarkLayerProps) {
  const marks = useAfterCommit(latest);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of mark buttons, like an APG toolbar.
    <div className="mark-layer" role="group" aria-label={label} onKeyDown={moveFocus}>
      {marks.map((m, i) => (
        <button
          key={m.key}
          type="button"
          className="mark-hotspot"
          data-mark={m.key}
          tabIndex={i === 0 ? 0 : -1}
          aria-label={m.label}
          style={{ left: m.x, top: m.y, width: Math.max(8, m.width), height: Math.max(8, m.height) }}
          onFocus={(e) => showTip(m.tip(), e.currentTarget)}
          onBlur={hideTip}
          onClick={() => activate?.(m.key)}
        />
      ))}
    </div>
  );
}
