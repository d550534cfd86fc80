import { useMemo } from 'react';
import { ownText } from '../../data/bidi';
import { count } from '../../data/plural';
import { ChartSvg } from '../shared/ChartSvg';
import { Mark } from '../shared/Mark';
import { MarkLayer } from '../shared/MarkLayer';
import { NoDataPattern } from '../shared/NoDataPattern';
import { EU_REFERENCE_COLOUR, UNSELECTED_COLOUR } from '../shared/palette';
import { BarRect, ReferenceLine, RowLabel } from '../shared/RowParts';
import { TopAxis } from '../shared/TopAxis';
import { tooltipLines } from '../shared/tooltip';
import { useMarks } from '../shared/useMarks';
import type { ChartProps } from '../types';
import { NO_DATA_SWATCH, rankingLayout } from './layout';

export function RankingChart(props: ChartProps) {
  const { index, model, width, colours, showTip, hideTip, openProfile, toggleCountry } = props;
  const shown = model.indicators[0];
  const indicator = shown?.id ?? '';
  // Countries without a value are named under the chart, not drawn as rows of hatching.
  const ranked = useMemo(() => model.ranked.filter((r) => r.value !== null), [model.ranked]);
  const referenceValue = shown?.referenceValue ?? null;
  const layout = useMemo(() => rankingLayout(ranked, referenceValue, width), [ranked, referenceValue, width]);
  const cellOf = useMemo(() => new Map(ranked.map((r) => [r.country, r])), [ranked]);
  const hotspots = useMemo(
    () =>
      layout.marks.map((m) => ({
        key: m.key,
        x: m.x,
        y: m.y,
        width: m.value === null ? 60 : m.width,
        height: m.height,
        label: `${m.title}. Press Enter to ${m.selected ? 'remove it from' : 'add it to'} the selection.`,
        tip: () => {
          const cell = cellOf.get(m.country);
          return cell ? tooltipLines(index, cell) : [m.title];
        },
      })),
    [layout, cellOf, index],
  );
  const { on, layer } = useMarks({ marks: hotspots, showTip, hideTip, activate: toggleCountry });
  const colour = colours.get(indicator) ?? '#0072B2';
  const label = ownText(indicator ?? '', shown?.shortLabel ?? indicator ?? '');
  const referenceText = shown?.referenceCode
    ? `the ${shown.referenceCode} average is a vertical line`
    : 'the survey published no average';
  return (
    <>
      <ChartSvg
        capture={props.capture}
        label={`Ranking of ${count(ranked.length, 'country', 'countries')} on ${label}, highest first${shown?.wave ? `, ${shown.wave}` : ''}; the ${count(model.countries.length, 'selected country is', 'selected countries are')} highlighted and ${referenceText}.`}
        width={layout.width}
        height={layout.height}
      >
        <NoDataPattern />
        <TopAxis ticks={layout.ticks} top={layout.plot.top} bottom={layout.plot.bottom} />
        {layout.marks.map((m) => (
          <g key={m.key}>
            <RowLabel
              x={layout.plot.left - 8}
              y={m.y + m.height / 2}
              fontSize="12.5"
              fontWeight={m.selected ? 700 : 400}
              highlight={m.country === model.highlight}
              onOpen={() => openProfile(m.country)}
            >
              {m.rank === null ? '–' : `${m.rank}.`} {m.name}
            </RowLabel>
            <Mark
              data-country={m.country}
              data-indicator={indicator}
              data-value={m.value ?? ''}
              data-selected={m.selected}
              highlight={m.country === model.highlight}
              events={on(m.key)}
              title={m.title}
            >
              <BarRect
                x={m.x}
                y={m.y}
                width={m.width}
                height={m.height}
                fill={m.value === null ? null : m.selected ? colour : UNSELECTED_COLOUR}
                missingWidth={NO_DATA_SWATCH}
                highlight={m.country === model.highlight}
              />
            </Mark>
          </g>
        ))}
        {layout.euX !== null && (
          <ReferenceLine
            x1={layout.euX}
            x2={layout.euX}
            y1={layout.plot.top - 4}
            y2={layout.plot.bottom + 16}
            width={2}
            dashed
          />
        )}
        {layout.euLabel && (
          <text
            x={layout.euLabel.x}
            y={layout.euLabel.y}
            textAnchor={layout.euLabel.anchor}
            fontSize="11"
            fill={EU_REFERENCE_COLOUR}
          >
            {shown?.referenceCode} {referenceValue} %
          </text>
        )}
        {/* Value labels last, with a white halo, so the EU27 line never runs through a number. */}
        <g
          fontSize="11"
          fill="#333"
          stroke="#ffffff"
          strokeWidth="3"
          paintOrder="stroke"
          pointerEvents="none"
        >
          {layout.marks.map((m) => (
            <text key={m.country} x={m.labelX} y={m.y + m.height / 2} dy="0.35em">
              {m.label}
            </text>
          ))}
        </g>
      </ChartSvg>
      <MarkLayer
        {...layer}
        label="Ranking bars: arrow keys move, Enter adds or removes the country from the selection"
      />
    </>
  );
}
