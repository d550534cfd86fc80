import { type KeyboardEvent, useRef } from 'react';
import { CHART_KIND, CHART_KINDS, type ChartKind } from '../data/chartRegistry';

/** WAI-ARIA tabs for the chart kinds: arrow keys move and select (automatic activation), Home/End. */
export function ChartTabs({ chart, onChange }: { chart: ChartKind; onChange: (kind: ChartKind) => void }) {
  const listRef = useRef<HTMLDivElement>(null);
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = CHART_KINDS.indexOf(chart);
    const last = CHART_KINDS.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: i === last ? 0 : i + 1,
      ArrowLeft: i === 0 ? last : i - 1,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const kind = CHART_KINDS[target];
    if (!kind) return;
    onChange(kind);
    listRef.current?.querySelector<HTMLButtonElement>(`#tab-${kind}`)?.focus();
  };
  return (
    <div className="chart-tabs" role="tablist" aria-label="Chart type" ref={listRef} onKeyDown={onKey}>
      {CHART_KINDS.map((kind) => (
        <button
          key={kind}
          id={`tab-${kind}`}
          type="button"
          role="tab"
          aria-selected={kind === chart}
          aria-controls="chart-panel"
          tabIndex={kind === chart ? 0 : -1}
          onClick={() => onChange(kind)}
        >
          {CHART_KIND[kind].label}
        </button>
      ))}
    </div>
  );
}
