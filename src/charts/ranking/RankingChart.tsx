import { useMemo } from 'react';
import { ownText } from '../../data/bidi';
import { ChartSvg } from '../shared/ChartSvg';
import { highlightLabel, highlightMark } from '../shared/highlight';
import { MarkLayer } from '../shared/MarkLayer';
import { NoDataPattern } from '../shared/NoDataPattern';
import { EU_REFERENCE_COLOUR, UNSELECTED_COLOUR } from '../shared/palette';
import { TopAxis } from '../shared/TopAxis';
import { tooltipLines } from '../shared/tooltip';
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
  const tipFor = (country: string, fallback: string) => {
    const cell = cellOf.get(country);
    return cell ? tooltipLines(index, cell) : [fallback];
  };
  const colour = colours.get(indicator) ?? '#0072B2';
  const label = ownText(indicator ?? '', shown?.shortLabel ?? indicator ?? '');
  const referenceText = shown?.referenceCode
    ? `the ${shown.referenceCode} average is a vertical line`
    : 'the survey published no average';
  return (
    <>
      <ChartSvg
        capture={props.capture}
        label={`Ranking of ${ranked.length} countries on ${label}, highest first${shown?.wave ? `, ${shown.wave}` : ''}; the ${model.countries.length} selected countries are highlighted and ${referenceText}.`}
        width={layout.width}
        height={layout.height}
      >
        <NoDataPattern />
        <TopAxis ticks={layout.ticks} top={layout.plot.top} bottom={layout.plot.bottom} />
        {layout.marks.map((m) => (
          <g key={m.key}>
            <text
              x={layout.plot.left - 8}
              y={m.y + m.height / 2}
              dy="0.35em"
              textAnchor="end"
              fontSize="12.5"
              fontWeight={m.selected ? 700 : 400}
              fill="#1a1a1a"
              className="country-label"
              onClick={() => openProfile(m.country)}
              {...highlightLabel(m.country === model.highlight)}
            >
              {m.rank === null ? '–' : `${m.rank}.`} {m.name}
            </text>
            <g
              className="mark"
              data-country={m.country}
              data-indicator={indicator}
              data-value={m.value ?? ''}
              data-selected={m.selected}
              data-highlight={m.country === model.highlight || undefined}
              onMouseEnter={(e) => showTip(tipFor(m.country, m.title), e.currentTarget)}
              onMouseLeave={hideTip}
              onClick={() => toggleCountry(m.country)}
            >
              <title>{m.title}</title>
              {m.value === null ? (
                <rect
                  x={m.x}
                  y={m.y}
                  width={NO_DATA_SWATCH}
                  height={m.height}
                  fill="url(#no-data-hatch)"
                  stroke="#6b6b6b"
                  strokeWidth="0.5"
                />
              ) : (
                <rect
                  x={m.x}
                  y={m.y}
                  width={m.width}
                  height={m.height}
                  fill={m.selected ? colour : UNSELECTED_COLOUR}
                  {...highlightMark(m.country === model.highlight, 1.5)}
                />
              )}
            </g>
          </g>
        ))}
        {layout.euX !== null && (
          <line
            x1={layout.euX}
            x2={layout.euX}
            y1={layout.plot.top - 4}
            y2={layout.plot.bottom + 16}
            stroke={EU_REFERENCE_COLOUR}
            strokeWidth="2"
            strokeDasharray="5 3"
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
        marks={layout.marks.map((m) => ({
          key: m.key,
          x: m.x,
          y: m.y,
          width: m.value === null ? 60 : m.width,
          height: m.height,
          label: `${m.title}. Press Enter to ${m.selected ? 'remove it from' : 'add it to'} the selection.`,
          tip: () => tipFor(m.country, m.title),
        }))}
        label="Ranking bars: arrow keys move, Enter adds or removes the country from the selection"
        showTip={showTip}
        hideTip={hideTip}
        activate={toggleCountry}
      />
    </>
  );
}
