import { useMemo } from 'react';
import type { ComparisonCell } from '../../data/derive';
import { ChartSvg } from '../shared/ChartSvg';
import { highlightLabel } from '../shared/highlight';
import { MarkLayer } from '../shared/MarkLayer';
import { EU_REFERENCE_COLOUR, OKABE_ITO } from '../shared/palette';
import { tooltipLines } from '../shared/tooltip';
import type { ChartProps } from '../types';
import { timeLayout } from './layout';

/** Over time: every wave of each selected indicator, one line per country, the survey's average dashed. */
export function TimeChart({ index, model, width, showTip, hideTip, openProfile }: ChartProps) {
  // Colours in the order of the countries drawn (a selected country without a line takes none).
  const colours = useMemo(
    () => new Map(model.drawnCountries.map((c, i) => [c, OKABE_ITO[i % OKABE_ITO.length] ?? '#0072B2'])),
    [model.drawnCountries],
  );
  // Past six countries drawn the colours repeat: the second round is drawn dotted with hollow points.
  const secondRound = useMemo(
    () => new Set(model.drawnCountries.filter((_, i) => i >= OKABE_ITO.length)),
    [model.drawnCountries],
  );
  const layout = useMemo(
    () => timeLayout({ panels: model.panels, colours, referenceColour: EU_REFERENCE_COLOUR, width }),
    [model.panels, colours, width],
  );
  const cells = useMemo(
    () =>
      new Map<string, ComparisonCell>(
        model.panels.flatMap((p) =>
          [...p.lines, ...(p.reference ? [p.reference] : [])].flatMap((l) =>
            l.points.map((pt) => [`${l.country}|${p.indicator.id}|${pt.year}`, pt.cell] as const),
          ),
        ),
      ),
    [model.panels],
  );
  const tipFor = (key: string, fallback: string) => {
    const cell = cells.get(key);
    return cell ? tooltipLines(index, cell) : [fallback];
  };
  const countryCount = new Set(model.panels.flatMap((p) => p.lines.map((l) => l.country))).size;
  const waveText = model.panels.map((p) => `${p.indicator.shortLabel}: ${p.waves.join(', ') || 'no wave'}`);
  const references = new Set(model.references.map((r) => r.code));
  return (
    <>
      <ChartSvg
        label={`Line chart over time, one panel per indicator (${waveText.join('; ')}), one line per country for ${countryCount} countries; the survey's own average, where it published one, is dashed.`}
        width={layout.width}
        height={layout.height}
      >
        {layout.panels.map((panel) => (
          <g key={panel.indicator}>
            <text x={0} y={panel.top + 16} fontSize="14" fontWeight="700" fill="#1a1a1a">
              {panel.title}
            </text>
            <g aria-hidden="true" fontSize="12" fill="#444">
              {panel.yTicks.map((t) => (
                <g key={t.label}>
                  <line x1={panel.plot.left} x2={panel.plot.right} y1={t.y} y2={t.y} stroke="#e3e3e3" />
                  <text x={panel.plot.left - 6} y={t.y} dy="0.35em" textAnchor="end">
                    {t.label}
                  </text>
                </g>
              ))}
              {panel.xTicks.map((t) => (
                <text key={t.label} x={t.x} y={panel.plot.bottom + 16} textAnchor="middle">
                  {t.label}
                </text>
              ))}
            </g>
            {panel.lines.length === 0 && (
              <text
                x={panel.plot.left + 8}
                y={(panel.plot.top + panel.plot.bottom) / 2}
                fontSize="12"
                fill="#505050"
              >
                No figure for the selected countries in any wave.
              </text>
            )}
            {panel.lines.map((l) => (
              <g
                key={l.country}
                className="time-line"
                data-country={l.country}
                data-indicator={panel.indicator}
                data-highlight={l.country === model.highlight || undefined}
              >
                <path
                  d={l.path}
                  fill="none"
                  stroke={l.colour}
                  strokeWidth={l.reference ? 2 : l.country === model.highlight ? 4 : 2.25}
                  strokeDasharray={l.reference ? '6 4' : secondRound.has(l.country) ? '1.5 3' : undefined}
                />
                {l.points.map((p) => (
                  <g
                    key={p.key}
                    className="mark"
                    data-country={p.country}
                    data-indicator={panel.indicator}
                    data-year={p.year}
                    data-value={p.value}
                    onMouseEnter={(e) => showTip(tipFor(p.key, p.title), e.currentTarget)}
                    onMouseLeave={hideTip}
                    onClick={() => !references.has(p.country) && !l.reference && openProfile(p.country)}
                  >
                    <title>{p.title}</title>
                    <circle
                      cx={p.x}
                      cy={p.y}
                      r={4}
                      fill={l.reference || secondRound.has(l.country) ? '#ffffff' : l.colour}
                      stroke={l.colour}
                      strokeWidth="1.5"
                    />
                  </g>
                ))}
                {l.leader && (
                  <line
                    x1={l.leader.x1}
                    y1={l.leader.y1}
                    x2={l.leader.x2}
                    y2={l.leader.y2}
                    stroke={l.colour}
                    strokeWidth="1"
                    strokeOpacity="0.6"
                    strokeDasharray="2 2"
                  />
                )}
                {l.label && (
                  <text
                    x={l.label.x}
                    y={l.label.y}
                    dy="0.35em"
                    fontSize="11.5"
                    fill="#1a1a1a"
                    fontWeight={l.reference ? 700 : 400}
                    stroke="#ffffff"
                    strokeWidth="3"
                    paintOrder="stroke"
                    {...highlightLabel(l.country === model.highlight)}
                  >
                    {l.label.text}
                  </text>
                )}
              </g>
            ))}
          </g>
        ))}
      </ChartSvg>
      <MarkLayer
        marks={layout.panels.flatMap((panel) =>
          panel.lines.flatMap((l) =>
            l.points.map((p) => ({
              key: p.key,
              x: p.x - 7,
              y: p.y - 7,
              width: 14,
              height: 14,
              label: p.title,
              tip: () => tipFor(p.key, p.title),
            })),
          ),
        )}
        label="Points over time: arrow keys move between points, Enter opens the country's profile"
        showTip={showTip}
        hideTip={hideTip}
        activate={(key) => {
          const country = key.split('|')[0] ?? '';
          if (index.countries.get(country)?.aggregate !== true) openProfile(country);
        }}
      />
    </>
  );
}
