import { useMemo } from 'react';
import { ownText } from '../../data/bidi';
import { count } from '../../data/plural';
import { ChartSvg } from '../shared/ChartSvg';
import { highlightLabel, highlightMark } from '../shared/highlight';
import { Mark } from '../shared/Mark';
import { MarkLayer } from '../shared/MarkLayer';
import { EU_REFERENCE_COLOUR } from '../shared/palette';
import { LeftAxis, ReferenceLine } from '../shared/RowParts';
import { tooltipLines } from '../shared/tooltip';
import { pointMark, useMarks } from '../shared/useMarks';
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
  const hotspots = useMemo(
    () =>
      layout.points.map((p) =>
        pointMark(p.country, p.x, p.y, 16, p.title, () => {
          const x = cellOf.get(`${p.country}|${xId}`);
          const y = cellOf.get(`${p.country}|${yId}`);
          return [
            ...(x ? tooltipLines(index, x) : [p.country]),
            ...(y ? tooltipLines(index, y).slice(1) : []),
          ];
        }),
      ),
    [layout, cellOf, xId, yId, index],
  );
  // Points of close values overlap: a tap reads the point nearest the finger.
  const { on, layer } = useMarks({
    marks: hotspots,
    showTip,
    hideTip,
    activate: openProfile,
    nearestOnTap: true,
  });
  if (!yId) {
    return (
      <p className="chart-empty" role="status">
        The scatter chart needs two indicators: pick a second one in Indicators.
      </p>
    );
  }
  const xLabel = ownText(xId, xIndicator?.label ?? xId);
  const yLabel = ownText(yId, yIndicator?.label ?? yId);
  const crosshair = [...new Set([xIndicator?.referenceCode, yIndicator?.referenceCode])]
    .filter(Boolean)
    .join(' / ');
  const { plot } = layout;
  return (
    <>
      <ChartSvg
        capture={props.capture}
        label={`Scatter chart: ${xLabel} (horizontal) against ${yLabel} (vertical) for ${count(layout.points.length, 'country', 'countries')}${crosshair ? `; ${crosshair} averages as crosshair lines` : ''}.`}
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
          <LeftAxis ticks={layout.yTicks} plot={plot} />
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
          <ReferenceLine x1={layout.euX} x2={layout.euX} y1={plot.top} y2={plot.bottom} width={1.5} dashed />
        )}
        {layout.euY !== null && (
          <ReferenceLine x1={plot.left} x2={plot.right} y1={layout.euY} y2={layout.euY} width={1.5} dashed />
        )}
        {layout.euX !== null && layout.euY !== null && (
          <text x={layout.euX + 4} y={layout.euY - 6} fontSize="11" fill={EU_REFERENCE_COLOUR}>
            {crosshair}
          </text>
        )}
        {layout.points.map((p) => (
          <Mark
            key={p.country}
            data-country={p.country}
            data-value={`${p.xValue},${p.yValue}`}
            highlight={p.country === model.highlight}
            events={on(p.country)}
            title={p.title}
          >
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
          </Mark>
        ))}
      </ChartSvg>
      <MarkLayer
        {...layer}
        label="Scatter points: arrow keys move between countries, Enter opens the country's profile"
      />
    </>
  );
}
