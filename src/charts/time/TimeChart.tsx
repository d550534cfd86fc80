import { useCallback, useMemo } from 'react';
import { count } from '../../data/plural';
import { surveyWaveLabel } from '../../data/surveyWave';
import { ChartSvg } from '../shared/ChartSvg';
import { highlightLabel } from '../shared/highlight';
import { Mark } from '../shared/Mark';
import { MarkLayer } from '../shared/MarkLayer';
import { Panel } from '../shared/Panel';
import { LeftAxis } from '../shared/RowParts';
import { tooltipLines } from '../shared/tooltip';
import { pointMark, useMarks } from '../shared/useMarks';
import { useStaged } from '../shared/useStaged';
import { ValueLabels } from '../shared/ValueLabels';
import { surveyStyles } from '../surveys/style';
import type { ChartProps } from '../types';
import { type TimePanelLayout, type TimePoint, timeLayout } from './layout';

/** Over time across surveys: one panel per concept, each survey its own lines and marks (layout.ts). */
export function TimeChart(props: ChartProps) {
  const { index, model, width, showTip, hideTip, openProfile } = props;
  const styles = surveyStyles(model.surveys);
  const waves = useMemo(() => new Map(model.panels.map((p) => [p.indicator.id, p.waves])), [model.panels]);
  const values = model.view.labels === true;
  const layout = useMemo(
    () => timeLayout({ panels: model.surveyPanels, waves, styles, width, values }),
    [model.surveyPanels, waves, styles, width, values],
  );
  const tipFor = useCallback(
    (p: TimePoint) => {
      const survey = index.surveys.get(p.surveyId);
      const [country = p.cell.countryName, ...rest] = tooltipLines(index, p.cell);
      return [country, `Survey: ${survey ? surveyWaveLabel(survey.title, p.year) : p.surveyId}`, ...rest];
    },
    [index],
  );
  const points = useMemo(
    () =>
      new Map(layout.panels.flatMap((panel) => panel.lines.flatMap((l) => l.points.map((p) => [p.key, p])))),
    [layout],
  );
  const activate = useCallback(
    (key: string) => {
      const country = points.get(key)?.country ?? '';
      if (index.countries.get(country) && index.countries.get(country)?.aggregate !== true)
        openProfile(country);
    },
    [points, index, openProfile],
  );
  const hotspots = useMemo(
    () => [...points.values()].map((p) => pointMark(p.key, p.x, p.y, 14, p.title, () => tipFor(p))),
    [points, tipFor],
  );
  // A change that brings hundreds of new points (an import) draws them in a few commits, line by line
  // (useStaged.ts); `drawnLines`: the lines drawn now, null when all are.
  const stageLines = useMemo(
    () =>
      layout.panels.flatMap((p) =>
        p.lines.map((l) => ({ key: `${p.id}|${l.key}`, points: l.points.length })),
      ),
    [layout],
  );
  const stagedLines = useStaged(
    stageLines,
    (l) => l.key,
    (l) => l.points,
  );
  const drawnLines = useMemo(
    () => (stagedLines === stageLines ? null : new Set(stagedLines.map((l) => l.key))),
    [stagedLines, stageLines],
  );
  // Lines cross and meet at a wave: a tap reads the point nearest the finger.
  const { on, layer } = useMarks({ marks: hotspots, showTip, hideTip, activate, nearestOnTap: true });
  const countryCount = new Set(
    layout.panels.flatMap((p) => p.lines.filter((l) => !l.reference).map((l) => l.country)),
  ).size;
  const surveyCount = new Set(layout.panels.flatMap((p) => p.surveys)).size;
  const panelText = layout.panels.map(
    (p) =>
      `${p.title}: ${count(p.surveys.length, 'survey', 'surveys')}, ${p.span ? p.span.join('–') : 'no wave'}`,
  );
  return (
    <>
      <ChartSvg
        capture={props.capture}
        label={`Line chart over time across surveys, one panel per concept (${panelText.join('; ')}), ${count(countryCount, 'country', 'countries')}, ${count(surveyCount, 'survey', 'surveys')}: each survey its own colour and shape, a line only between the waves of one survey; each survey's own average dashed. Surveys differ in question and base.`}
        width={layout.width}
        height={layout.height}
      >
        {layout.panels.map((laidOut) => {
          const panel = drawnLines ? linesOf(laidOut, drawnLines) : laidOut;
          return (
            <Panel key={panel.id} id={panel.id} className="time-panel" title={panel.title} top={panel.top}>
              <g aria-hidden="true" fontSize="12" fill="#444">
                <LeftAxis ticks={panel.yTicks} plot={panel.plot} />
                {panel.xTicks.map((t) => (
                  <text
                    key={t.label}
                    className="time-year"
                    x={t.x}
                    y={panel.plot.bottom + 16}
                    textAnchor="middle"
                  >
                    {t.label}
                  </text>
                ))}
              </g>
              {/* Said of the panel as laid out: lines still waiting for their commit are not missing. */}
              {laidOut.lines.length === 0 && (
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
                  key={l.key}
                  className="time-line"
                  data-country={l.country}
                  data-indicator={l.indicator}
                  data-survey={l.surveyId}
                  data-highlight={l.country === model.highlight || undefined}
                >
                  <path
                    d={l.path}
                    fill="none"
                    stroke={l.colour}
                    strokeWidth={l.reference ? 1.75 : l.country === model.highlight ? 4 : 2.25}
                    strokeDasharray={l.reference ? '6 4' : undefined}
                  />
                  {l.points.map((p) => (
                    <Mark
                      key={p.key}
                      data-country={p.country}
                      data-indicator={p.indicator}
                      data-survey={p.surveyId}
                      data-year={p.year}
                      data-value={p.value}
                      events={on(p.key)}
                      title={p.title}
                    >
                      <path
                        d={l.shape}
                        transform={`translate(${p.x.toFixed(1)} ${p.y.toFixed(1)}) scale(0.8)`}
                        fill={l.reference ? '#ffffff' : l.colour}
                        stroke={l.colour}
                        strokeWidth={l.reference ? 2 : 1}
                      />
                    </Mark>
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
                      textAnchor={l.label.anchor}
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
              <ValueLabels labels={panel.values} />
            </Panel>
          );
        })}
      </ChartSvg>
      <MarkLayer
        {...layer}
        label="Points over time: arrow keys move between points, Enter opens the country's profile"
      />
    </>
  );
}

/** A panel with only the lines in `drawn` (`panel id|line key`) and their value labels. */
function linesOf(panel: TimePanelLayout, drawn: ReadonlySet<string>): TimePanelLayout {
  const lines = panel.lines.filter((l) => drawn.has(`${panel.id}|${l.key}`));
  const shown = new Set(lines.flatMap((l) => l.points.map((p) => p.key)));
  return { ...panel, lines, values: panel.values.filter((v) => shown.has(v.mark)) };
}
