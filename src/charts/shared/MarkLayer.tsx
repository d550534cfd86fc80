import type { KeyboardEvent } from 'react';

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
  marks: MarkHotspot[];
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

export function MarkLayer({ marks, label, showTip, hideTip, activate }: MarkLayerProps) {
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
