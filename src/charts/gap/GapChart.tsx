import { useCallback, useMemo } from 'react';
import { count } from '../../data/plural';
import { ChartSvg } from '../shared/ChartSvg';
import { highlightMark } from '../shared/highlight';
import { Mark } from '../shared/Mark';
import { MarkLayer } from '../shared/MarkLayer';
import { ReferenceLine, RowLabel } from '../shared/RowParts';
import { SeriesPatterns } from '../shared/SeriesPatterns';
import { seriesStyles } from '../shared/seriesStyle';
import { TopAxis } from '../shared/TopAxis';
import { tooltipLines } from '../shared/tooltip';
import { useMarks } from '../shared/useMarks';
import { useStaged } from '../shared/useStaged';
import type { ChartProps } from '../types';
import { gapLayout } from './layout';

export function GapChart(props: ChartProps) {
  const { index, model, width, colours, showTip, hideTip, openProfile } = props;
  // Only indicators whose survey published an average have a gap; the others are named under the chart.
  const withGap = useMemo(
    () => model.indicators.filter((i) => i.referenceValue !== null),
    [model.indicators],
  );
  const indicators = useMemo(() => withGap.map((i) => i.id), [withGap]);
  const styles = useMemo(() => seriesStyles(model.view.indicators), [model.view.indicators]);
  const zeroLabel = useMemo(
    () => [...new Set(withGap.map((i) => i.referenceCode ?? ''))].join(' / '),
    [withGap],
  );
  const cells = useMemo(
    () => model.cells.filter((c) => indicators.includes(c.indicator)),
    [model.cells, indicators],
  );
  const countries = useMemo(() => [...new Set(cells.map((c) => c.country))], [cells]);
  const layout = useMemo(
    () => gapLayout({ cells, indicators, zeroLabel, colours, width }),
    [cells, indicators, zeroLabel, colours, width],
  );
  const cellByKey = useMemo(() => new Map(cells.map((c) => [`${c.country}|${c.indicator}`, c])), [cells]);
  const tipFor = useCallback(
    (key: string, fallback: string) => {
      const cell = cellByKey.get(key);
      return cell ? tooltipLines(index, cell) : [fallback];
    },
    [cellByKey, index],
  );
  const hotspots = useMemo(
    () =>
      layout.marks.map((m) => ({
        key: m.key,
        x: m.gap === null ? layout.zeroX - 30 : m.x,
        y: m.y,
        width: m.gap === null ? 60 : m.width,
        height: m.height,
        label: m.title,
        tip: () => tipFor(m.key, m.title),
      })),
    [layout, tipFor],
  );
  // A change that brings hundreds of new bars (an import) draws them in a few commits (useStaged.ts).
  const marksByCountry = useMemo(() => {
    const count = new Map<string, number>();
    for (const m of layout.marks) count.set(m.country, (count.get(m.country) ?? 0) + 1);
    return count;
  }, [layout.marks]);
  const groups = useStaged(
    layout.groups,
    (g) => g.country,
    (g) => marksByCountry.get(g.country) ?? 1,
  );
  const marks = useMemo(() => {
    if (groups === layout.groups) return layout.marks;
    const drawn = new Set(groups.map((g) => g.country));
    return layout.marks.filter((m) => drawn.has(m.country));
  }, [groups, layout]);
  const activate = useCallback((key: string) => openProfile(key.split('|')[0] ?? ''), [openProfile]);
  const { on, layer } = useMarks({ marks: hotspots, showTip, hideTip, activate });
  if (indicators.length === 0) {
    return (
      <p className="chart-empty" role="status">
        No gap to draw: the surveys of the selected indicators published no average for the waves shown (see
        below). Bars or the table show their values.
      </p>
    );
  }
  return (
    <>
      <ChartSvg
        capture={props.capture}
        label={`Diverging bar chart: gap to the ${zeroLabel} average in percentage points for ${count(countries.length, 'country', 'countries')}, sorted by the gap on ${withGap[0]?.shortLabel ?? 'the first indicator'}.`}
        width={layout.width}
        height={layout.height}
      >
        <SeriesPatterns styles={styles.values()} />
        <TopAxis ticks={layout.ticks} top={layout.plot.top} bottom={layout.plot.bottom} />
        {groups.map((g) => (
          <g key={g.country}>
            {g.banded && <rect x={0} y={g.y - 4} width={layout.width} height={g.height + 8} fill="#f7f7f7" />}
            <RowLabel
              x={layout.plot.left - 8}
              y={g.y + g.height / 2}
              fontSize="13"
              highlight={g.country === model.highlight}
              onOpen={() => openProfile(g.country)}
            >
              {g.name}
            </RowLabel>
          </g>
        ))}
        {marks.map((m) => (
          <Mark
            key={m.key}
            data-country={m.country}
            data-indicator={m.indicator}
            data-value={m.gap ?? ''}
            highlight={m.country === model.highlight}
            events={on(m.key)}
            title={m.title}
          >
            {/* No data: the words alone, no bar (a hatch across zero read as a small gap; issue 21.9). */}
            {m.gap !== null && (
              <rect
                x={m.x}
                y={m.y}
                width={Math.max(1, m.width)}
                height={m.height}
                fill={styles.get(m.indicator)?.fill ?? m.colour}
                {...highlightMark(m.country === model.highlight, 1.5)}
              />
            )}
            <text
              x={m.labelX}
              y={m.y + m.height / 2}
              dy="0.35em"
              fontSize="11"
              fontStyle={m.gap === null ? 'italic' : undefined}
              textAnchor={m.labelAnchor}
              fill={m.gap === null ? '#505050' : '#333'}
            >
              {m.label}
            </text>
          </Mark>
        ))}
        <ReferenceLine
          x1={layout.zeroX}
          x2={layout.zeroX}
          y1={layout.plot.top - 4}
          y2={layout.plot.bottom}
          width={2}
        />
      </ChartSvg>
      <MarkLayer
        {...layer}
        label="Gap bars: arrow keys move between bars, Enter opens the country's profile"
      />
    </>
  );
}
