import { useMemo } from 'react';
import { ownText } from '../../data/bidi';
import { ChartSvg } from '../shared/ChartSvg';
import { highlightLabel, highlightMark } from '../shared/highlight';
import { MarkLayer } from '../shared/MarkLayer';
import { EU_REFERENCE_COLOUR } from '../shared/palette';
import { tooltipLines } from '../shared/tooltip';
import type { ChartProps } from '../types';
import { scatterLayout } from './layout';

export function ScatterChart(props: ChartProps) {
  const { index, model, width, colours, showTip, hideTip, openProfile } = props;
  const [xIndicator, yIndicator] = model.indicators;
  const xId = xIndicator?.id ?? '';
  const yId = yIndicator?.id ?? '';
  const layout = useMemo(
    () =>
      scatterLayout({
        xCells: model.cells.filter((c) => c.indicator === xId),
        yCells: model.cells.filter((c) => c.indicator === yId),
        euX: xIndicator?.referenceValue ?? null,
        euY: yIndicator?.referenceValue ?? null,
        width,
        xTitle: ownText(xId, xIndicator?.label ?? xId),
        yTitle: ownText(yId ?? '', yIndicator?.label ?? yId ?? ''),
        values: model.view.labels === true,
      }),
    [model.cells, xId, yId, xIndicator, yIndicator, width, model.view.labels],
  );
  const cellOf = useMemo(
    () => new Map(model.cells.map((c) => [`${c.country}|${c.indicator}`, c])),
    [model.cells],
  );
  if (!yId) {
    return (
      <p className="chart-empty" role="status">
        The scatter chart needs two indicators: pick a second one in Indicators.
      </p>
    );
  }
  const xLabel = ownText(xId, xIndicator?.label ?? xId);
  const yLabel = ownText(yId, yIndicator?.label ?? yId);
  const tipFor = (country: string) => {
    const x = cellOf.get(`${country}|${xId}`);
    const y = cellOf.get(`${country}|${yId}`);
    return [...(x ? tooltipLines(index, x) : [country]), ...(y ? tooltipLines(index, y).slice(1) : [])];
  };
  const crosshair = [...new Set([xIndicator?.referenceCode, yIndicator?.referenceCode])]
    .filter(Boolean)
    .join(' / ');
  const { plot } = layout;
  return (
    <>
      <ChartSvg
        capture={props.capture}
        label={`Scatter chart: ${xLabel} (horizontal) against ${yLabel} (vertical) for ${layout.points.length} countries${crosshair ? `; ${crosshair} averages as crosshair lines` : ''}.`}
        width={layout.width}
        height={layout.height}
      >
        <g aria-hidden="true" fontSize="12" fill="#444">
          {layout.xTicks.map((t) => (
            <g key={`x${t.label}`}>
              <line x1={t.x} x2={t.x} y1={plot.top} y2={plot.bottom} stroke="#e3e3e3" />
              <text x={t.x} y={plot.bottom + 16} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
          {layout.yTicks.map((t) => (
            <g key={`y${t.label}`}>
              <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke="#e3e3e3" />
              <text x={plot.left - 6} y={t.y} dy="0.35em" textAnchor="end">
                {t.label}
              </text>
            </g>
          ))}
          <text x={(plot.left + plot.right) / 2} y={plot.bottom + 36} textAnchor="middle" fill="#1a1a1a">
            {layout.xTitle.map((line, i) => (
              <tspan key={line} x={(plot.left + plot.right) / 2} dy={i === 0 ? 0 : 14}>
                {line}
              </tspan>
            ))}
          </text>
          <text
            transform={`translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
            fill="#1a1a1a"
          >
            {layout.yTitle.map((line, i) => (
              <tspan key={line} x={0} dy={i === 0 ? 0 : 14}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
        {layout.euX !== null && (
          <line
            x1={layout.euX}
            x2={layout.euX}
            y1={plot.top}
            y2={plot.bottom}
            stroke={EU_REFERENCE_COLOUR}
            strokeWidth="1.5"
            strokeDasharray="5 3"
          />
        )}
        {layout.euY !== null && (
          <line
            x1={plot.left}
            x2={plot.right}
            y1={layout.euY}
            y2={layout.euY}
            stroke={EU_REFERENCE_COLOUR}
            strokeWidth="1.5"
            strokeDasharray="5 3"
          />
        )}
        {layout.euX !== null && layout.euY !== null && (
          <text x={layout.euX + 4} y={layout.euY - 6} fontSize="11" fill={EU_REFERENCE_COLOUR}>
            {crosshair}
          </text>
        )}
        {layout.points.map((p) => (
          <g
            key={p.country}
            className="mark"
            data-country={p.country}
            data-value={`${p.xValue},${p.yValue}`}
            data-highlight={p.country === model.highlight || undefined}
            onMouseEnter={(e) => showTip(tipFor(p.country), e.currentTarget)}
            onMouseLeave={hideTip}
            onClick={() => openProfile(p.country)}
          >
            <title>{p.title}</title>
            <circle
              cx={p.x}
              cy={p.y}
              r="6"
              fill={colours.get(xId) ?? '#0072B2'}
              stroke="#fff"
              strokeWidth="1.5"
              {...highlightMark(p.country === model.highlight, 2.5)}
            />
            <text
              x={p.labelAnchor === 'start' ? p.x + 9 : p.x - 9}
              y={p.labelY}
              dy="0.35em"
              fontSize="11.5"
              textAnchor={p.labelAnchor}
              fill="#1a1a1a"
              {...highlightLabel(p.country === model.highlight)}
            >
              {p.label}
            </text>
          </g>
        ))}
      </ChartSvg>
      <MarkLayer
        marks={layout.points.map((p) => ({
          key: p.country,
          x: p.x - 8,
          y: p.y - 8,
          width: 16,
          height: 16,
          label: p.title,
          tip: () => tipFor(p.country),
        }))}
        label="Scatter points: arrow keys move between countries, Enter opens the country's profile"
        showTip={showTip}
        hideTip={hideTip}
        activate={openProfile}
      />
    </>
  );
}
