import { useCallback, useMemo } from 'react';
import { count } from '../../data/plural';
import { ChartSvg } from '../shared/ChartSvg';
import { Mark } from '../shared/Mark';
import { MarkLayer } from '../shared/MarkLayer';
import { NoDataPattern } from '../shared/NoDataPattern';
import { BarRect, ReferenceTick, RowLabel } from '../shared/RowParts';
import { SeriesPatterns } from '../shared/SeriesPatterns';
import { seriesStyles } from '../shared/seriesStyle';
import { TopAxis } from '../shared/TopAxis';
import { tooltipLines } from '../shared/tooltip';
import { useMarks } from '../shared/useMarks';
import { useStaged } from '../shared/useStaged';
import type { ChartProps } from '../types';
import { barsLayout } from './layout';

export function BarsChart(props: ChartProps) {
  const { index, model, width, colours, showTip, hideTip, openProfile } = props;
  const { cells, rows: countries, highlight } = model;
  const references = useMemo(() => new Set(model.references.map((r) => r.code)), [model.references]);
  const indicators = useMemo(() => model.indicators.map((i) => i.id), [model.indicators]);
  const styles = useMemo(() => seriesStyles(model.view.indicators), [model.view.indicators]);
  const layout = useMemo(
    () => barsLayout({ cells, countries, references, indicators, colours, width }),
    [cells, countries, references, indicators, colours, width],
  );
  const barsByCountry = useMemo(() => {
    const byCountry = new Map<string, typeof layout.bars>();
    for (const b of layout.bars) {
      const list = byCountry.get(b.country);
      if (list) list.push(b);
      else byCountry.set(b.country, [b]);
    }
    return byCountry;
  }, [layout.bars]);
  // A change that brings hundreds of new bars (an import) draws them in a few commits (useStaged.ts).
  const groups = useStaged(
    layout.groups,
    (g) => g.country,
    (g) => barsByCountry.get(g.country)?.length ?? 1,
  );
  const cellByKey = useMemo(() => new Map(cells.map((c) => [`${c.country}|${c.indicator}`, c])), [cells]);
  const referenceNames = model.references.map((r) => r.name).join(' and ');
  const drawn = countries.length - references.size;
  const missing = model.noData.length;
  const label = `Grouped bar chart: ${count(indicators.length, 'indicator', 'indicators')} for ${drawn} of the ${count(model.countries.length, 'selected country', 'selected countries')}${referenceNames ? ` and the ${referenceNames}` : ''}, in percent${missing > 0 ? `; the ${count(missing, 'country without data is', 'countries without data are')} named below the chart` : ''}.`;
  const hotspots = useMemo(
    () =>
      layout.bars.map((b) => {
        const cell = cellByKey.get(b.key);
        return {
          key: b.key,
          x: b.x,
          y: b.y,
          width: b.value === null ? 60 : b.width,
          height: b.height,
          label: b.title,
          tip: () => (cell ? tooltipLines(index, cell) : [b.title]),
        };
      }),
    [layout, cellByKey, index],
  );
  const activate = useCallback(
    (key: string) => {
      const country = key.split('|')[0] ?? '';
      if (!references.has(country)) openProfile(country);
    },
    [references, openProfile],
  );
  const { on, layer } = useMarks({ marks: hotspots, showTip, hideTip, activate });
  // The drawing and the keyboard layer depend on the layout only: a change that leaves the layout
  // as it was (a country without data toggled) re-renders the label, not every mark.
  const drawing = useMemo(
    () => (
      <>
        <NoDataPattern />
        <SeriesPatterns styles={styles.values()} />
        <TopAxis ticks={layout.ticks} top={layout.plot.top} bottom={layout.plot.bottom} className="axis" />
        {groups.map((g) => (
          // One group per country, placed by a transform: a country added or removed above moves
          // the groups below by one attribute each, not every bar, label and tick inside them.
          <g key={g.country} transform={`translate(0 ${g.y})`}>
            {g.reference && (
              <rect
                x={0}
                y={-4}
                width={layout.width}
                height={g.height + 8}
                fill="#f2f2f2"
                aria-hidden="true"
              />
            )}
            <RowLabel
              x={layout.plot.left - 8}
              y={g.height / 2}
              fontSize="13"
              fontWeight={g.reference ? 700 : 400}
              highlight={g.country === highlight}
              onOpen={g.reference ? undefined : () => openProfile(g.country)}
            >
              {g.name}
            </RowLabel>
            {(barsByCountry.get(g.country) ?? []).map((b) => (
              <Mark
                key={b.key}
                data-country={b.country}
                data-indicator={b.indicator}
                data-value={b.value ?? ''}
                highlight={b.country === highlight}
                events={on(b.key)}
                title={b.title}
              >
                <BarRect
                  x={b.x}
                  y={b.offsetY}
                  width={b.width}
                  height={b.height}
                  fill={b.value === null ? null : (styles.get(b.indicator)?.fill ?? b.colour)}
                  missingWidth={Math.min(60, layout.plot.right - b.x)}
                  highlight={b.country === highlight}
                />
                <text
                  x={b.value === null ? b.x + 64 : b.labelX}
                  y={b.offsetY + b.height / 2}
                  dy="0.35em"
                  fontSize="11"
                  fill="#333"
                >
                  {b.label}
                </text>
                {b.referenceX !== null && (
                  <ReferenceTick x={b.referenceX} y={b.offsetY} height={b.height} overhang={1.5} />
                )}
              </Mark>
            ))}
          </g>
        ))}
      </>
    ),
    [layout, groups, barsByCountry, on, openProfile, highlight, styles],
  );
  const markLayer = useMemo(
    () => (
      <MarkLayer {...layer} label="Bars: arrow keys move between bars, Enter opens the country's profile" />
    ),
    [layer],
  );
  return (
    <>
      <ChartSvg capture={props.capture} label={label} width={layout.width} height={layout.height}>
        {drawing}
      </ChartSvg>
      {markLayer}
    </>
  );
}
