import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ownText } from '../../data/bidi';
import { count } from '../../data/plural';
import { failureInWords } from '../../ui/failedModuleUrl';
import { ChartSvg } from '../shared/ChartSvg';
import { formatValue } from '../shared/format';
import { HIGHLIGHT_STROKE } from '../shared/highlight';
import { MarkLayer } from '../shared/MarkLayer';
import { NoDataPattern } from '../shared/NoDataPattern';
import { tooltipLines } from '../shared/tooltip';
import { pointMark, useMarks } from '../shared/useMarks';
import { ValueLabels } from '../shared/ValueLabels';
import type { ChartProps } from '../types';
import { europeGeometryQuery } from './geometryQuery';
import { legendGrid, mapLayout, mapOutlines, SEA_FILL } from './layout';

export default function MapChart(props: ChartProps) {
  const { index, model, width, showTip, hideTip, toggleCountry } = props;
  const shown = model.indicators[0];
  const indicator = shown?.id ?? '';
  const geometry = useQuery(europeGeometryQuery);
  const countries = useMemo(() => index.dataset.countries.filter((c) => !c.aggregate), [index]);
  const cells = model.ranked;
  const cellOf = useMemo(() => new Map(cells.map((c) => [c.country, c])), [cells]);
  // Kept while the countries' codes are the same (a merge of own data makes a new dataset, not new
  // countries), and so are the projected outlines: only the figures change.
  const isoKey = countries.map((c) => `${c.isoNumeric ?? ''}:${c.code}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the codes (isoKey), not the list.
  const isoToCountry = useMemo(
    () => new Map(countries.flatMap((c) => (c.isoNumeric ? [[c.isoNumeric, c.code] as const] : []))),
    [isoKey],
  );
  const outlines = useMemo(
    () => (geometry.data ? mapOutlines(geometry.data, isoToCountry, width) : null),
    [geometry.data, isoToCountry, width],
  );
  const layout = useMemo(
    () =>
      geometry.data && outlines
        ? mapLayout({
            geometry: geometry.data,
            cells,
            isoToCountry,
            selected: model.countries,
            width,
            values: model.view.labels === true,
            highlight: model.highlight,
            outlines,
          })
        : null,
    [
      geometry.data,
      outlines,
      cells,
      isoToCountry,
      model.countries,
      width,
      model.view.labels,
      model.highlight,
    ],
  );
  const dataShapes = useMemo(() => layout?.shapes.filter((s) => s.country !== null) ?? [], [layout]);
  const hotspots = useMemo(
    () =>
      dataShapes.map((s) =>
        pointMark(
          s.country ?? s.key,
          s.centroid[0],
          s.centroid[1],
          16,
          `${s.title ?? s.name}${s.selected ? ' (selected)' : ''}. Enter adds or removes it from the selection.`,
          () => {
            const cell = s.country ? cellOf.get(s.country) : undefined;
            return cell ? tooltipLines(index, cell) : [s.country ?? ''];
          },
        ),
      ),
    [dataShapes, cellOf, index],
  );
  // Countries do not overlap: a tap reads the one under the finger.
  const { on, layer } = useMarks({ marks: hotspots, showTip, hideTip, activate: toggleCountry });
  if (geometry.isError) {
    return (
      <div role="alert" className="error-box">
        <p>The map outlines could not be loaded: {failureInWords(geometry.error)}</p>
        <button type="button" onClick={() => geometry.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (!layout) return <p role="status">Loading the map…</p>;
  const eu = shown?.referenceValue ?? null;
  const label = ownText(indicator ?? '', shown?.shortLabel ?? indicator ?? '');
  // One legend item per class, then "no data".
  const legendAt = legendGrid(layout.legend.length + 1, layout.width);
  const noDataAt = legendAt[layout.legend.length] ?? { x: 0, y: 0 };
  const svgHeight = layout.height + legendAt.height;
  return (
    <>
      <ChartSvg
        capture={props.capture}
        label={`Map of Europe shaded by ${label} in ${count(dataShapes.length, 'country', 'countries')}${shown?.wave ? `, ${shown.wave}` : ''} (darker is higher${shown?.referenceCode ? `; ${shown.referenceCode} average ${formatValue(eu)} %` : ''}); hatched countries have no data; selected countries are outlined.`}
        width={layout.width}
        height={svgHeight}
      >
        <NoDataPattern />
        <rect
          x={0.5}
          y={0.5}
          width={layout.width - 1}
          height={layout.height - 1}
          fill={SEA_FILL}
          stroke="#d0d4da"
        />
        {/* The outlines reach past the map's frame (Africa, Asia): clipped to it, clear of the legend. */}
        <clipPath id="map-frame">
          <rect width={layout.width} height={layout.height} />
        </clipPath>
        <g clipPath="url(#map-frame)">
          {layout.shapes.map((s) =>
            s.country === null ? (
              <path key={s.key} d={s.d} fill={s.fill} stroke="#ffffff" strokeWidth="0.5" />
            ) : (
              <path
                key={s.key}
                d={s.d}
                fill={s.fill}
                stroke={s.selected ? '#000000' : '#ffffff'}
                strokeWidth={s.selected ? 2 : 0.7}
                className="mark"
                data-country={s.country}
                data-value={s.value ?? ''}
                data-selected={s.selected}
                {...on(s.country)}
              >
                <title>{s.title}</title>
              </path>
            ),
          )}
          {dataShapes
            .filter((s) => s.country === model.highlight)
            .map((s) => (
              // The profile's country: a white-and-black outline on top and its name, bold.
              <g key={`highlight-${s.key}`} data-highlight="true" pointerEvents="none" aria-hidden="true">
                <path d={s.d} fill="none" stroke="#ffffff" strokeWidth="5" />
                <path d={s.d} fill="none" stroke={HIGHLIGHT_STROKE} strokeWidth="2.5" />
                <text
                  x={s.centroid[0]}
                  y={s.centroid[1]}
                  dy="0.35em"
                  textAnchor="middle"
                  fontSize="12"
                  fontWeight="700"
                  fill="#1a1a1a"
                  stroke="#ffffff"
                  strokeWidth="3"
                  paintOrder="stroke"
                >
                  {s.name}
                </text>
              </g>
            ))}
          <ValueLabels labels={layout.values} />
        </g>
        <g transform={`translate(8 ${layout.height + 10})`} fontSize="13" fill="#1a1a1a">
          {layout.legend.map((bin, i) => (
            <g key={bin.colour} transform={`translate(${legendAt[i]?.x ?? 0} ${legendAt[i]?.y ?? 0})`}>
              <rect width="28" height="16" fill={bin.colour} stroke="#999" strokeWidth="0.5" />
              <text
                x="33"
                y="13"
              >{`${formatValue(Math.round(bin.from))}–${formatValue(Math.round(bin.to))}`}</text>
            </g>
          ))}
          <g transform={`translate(${noDataAt.x} ${noDataAt.y})`}>
            <rect width="28" height="16" fill="url(#no-data-hatch)" stroke="#6b6b6b" strokeWidth="0.5" />
            <text x="33" y="13">
              no data
            </text>
          </g>
        </g>
      </ChartSvg>
      <MarkLayer
        {...layer}
        label="Map countries: arrow keys move, Enter adds or removes the country from the selection"
      />
      <p className="visually-hidden">
        Open a country's profile from the Countries picker or by its name in another chart.
      </p>
    </>
  );
}
