import { useCallback, useId, useMemo } from 'react';
import { publicationName } from '../../data/derive';
import { count } from '../../data/plural';
import { surveyWaveLabel } from '../../data/surveyWave';
import type { RowSort } from '../../data/view';
import { useViewStore } from '../../state/store';
import { ChartSvg } from '../shared/ChartSvg';
import { highlightLabel } from '../shared/highlight';
import { Mark } from '../shared/Mark';
import { MarkLayer } from '../shared/MarkLayer';
import { Panel } from '../shared/Panel';
import { TopAxis } from '../shared/TopAxis';
import { tooltipLines } from '../shared/tooltip';
import { pointMark, useMarks } from '../shared/useMarks';
import { useStaged } from '../shared/useStaged';
import { ValueLabels } from '../shared/ValueLabels';
import type { ChartProps } from '../types';
import { type SurveyMark, type SurveyPanelLayout, surveysLayout } from './layout';
import { surveyStyles } from './style';

/** All surveys: every survey's figures for the selected countries, one panel per concept (layout.ts). */
export function SurveysChart(props: ChartProps) {
  const { index, model, width, showTip, hideTip, openProfile } = props;
  const sort: RowSort = model.view.sort ?? 'latest';
  const panels = model.surveyPanels;
  const styles = surveyStyles(model.surveys);
  const surveyCount = new Set(panels.flatMap((p) => p.series.map((s) => s.survey.id))).size;
  const sourceName = useCallback(
    (id: string) => {
      const s = index.sources.get(id);
      return s ? publicationName(s) : id;
    },
    [index],
  );
  const values = model.view.labels === true;
  const layout = useMemo(
    () => surveysLayout({ panels, styles, sort, width, sourceName, values }),
    [panels, styles, sort, width, sourceName, values],
  );
  const marks = useMemo(
    () => new Map(layout.panels.flatMap((p) => p.marks.map((m) => [m.key, m]))),
    [layout],
  );
  const tipFor = useCallback(
    (m: SurveyMark) => {
      const survey = index.surveys.get(m.surveyId);
      const [country = m.countryName, ...rest] = tooltipLines(index, m.cell);
      return [
        country,
        `Survey: ${survey ? surveyWaveLabel(survey.title, m.year) : m.surveyId}`,
        ...rest.filter((l) => !l.startsWith('No average published')),
      ];
    },
    [index],
  );
  const countries = new Set(
    layout.panels.flatMap((p) => p.rows.filter((r) => !r.reference).map((r) => r.code)),
  );
  const label = `Dot chart of every survey, one panel per concept (${layout.panels.length}: ${layout.panels.map((p) => p.title).join(', ')}), ${countries.size} of the ${count(model.countries.length, 'selected country', 'selected countries')}, ${count(surveyCount, 'survey', 'surveys')}, 0 to 100 percent; each survey's latest wave solid with its year, earlier waves hollow and joined to it; each survey's own average in a row of its own.${model.noData.length > 0 ? ` ${count(model.noData.length, 'country without any figure is', 'countries without any figure are')} named below the chart.` : ''}`;
  const activate = useCallback(
    (key: string) => {
      const country = marks.get(key)?.country ?? '';
      if (index.countries.get(country) && !index.countries.get(country)?.aggregate) openProfile(country);
    },
    [marks, index, openProfile],
  );
  const hotspots = useMemo(
    () =>
      layout.panels.flatMap((p) =>
        p.marks.map((m) => pointMark(m.key, m.x, m.y, 14, m.title, () => tipFor(m))),
      ),
    [layout, tipFor],
  );
  // Marks lie close together (several surveys in one row): a tap reads the mark nearest the finger.
  const { on, layer } = useMarks({ marks: hotspots, showTip, hideTip, activate, nearestOnTap: true });
  // A change that brings hundreds of new marks (an import) draws them in a few commits, top first
  // (useStaged.ts, one item per mark): `drawn`, the marks drawn now, each with its row's name, its
  // link, its year label and its key on the keyboard layer; null when all are. The layout is the whole
  // drawing's from the start: a mark drawn later comes in its place, nothing moves.
  const staged = useStaged(
    hotspots,
    (m) => m.key,
    () => 1,
  );
  const drawn = useMemo(
    () => (staged === hotspots ? null : new Set(staged.map((m) => m.key))),
    [staged, hotspots],
  );
  const drawing = useMemo(
    () =>
      layout.panels.map((laidOut) => {
        const panel = drawn ? marksOf(laidOut, drawn) : laidOut;
        return (
          <Panel key={panel.id} id={panel.id} className="surveys-panel" title={panel.title} top={panel.top}>
            <TopAxis
              ticks={panel.ticks}
              top={panel.plot.top}
              bottom={panel.plot.bottom}
              stroke="#e3e3e3"
              fontSize={11}
              labelAbove={8}
            />
            {panel.rows.map((r) => (
              <g key={r.code}>
                {r.reference && (
                  <rect
                    x={0}
                    y={r.top + 1}
                    width={layout.width}
                    height={r.height - 2}
                    fill="#f2f2f2"
                    aria-hidden="true"
                  />
                )}
                <text
                  x={panel.plot.left - 8}
                  y={r.nameY}
                  textAnchor="end"
                  fontSize={r.lines.length > 1 ? '11.5' : '12.5'}
                  fontWeight={r.reference ? 700 : 400}
                  fill="#1a1a1a"
                  className={r.reference ? undefined : 'country-label'}
                  onClick={r.reference ? undefined : () => openProfile(r.code)}
                  {...highlightLabel(!r.reference && r.code === model.highlight)}
                >
                  {r.lines.length > 1 && <title>{r.name}</title>}
                  {r.lines.map((text, i) => (
                    <tspan
                      key={text}
                      x={panel.plot.left - 8}
                      dy={i === 0 ? `${0.35 - 0.6 * (r.lines.length - 1)}em` : '1.2em'}
                    >
                      {text}
                    </tspan>
                  ))}
                </text>
                {r.subLabels.map((l) => (
                  <text
                    key={l.y}
                    className="survey-sublabel"
                    x={panel.plot.left - 8}
                    y={l.y}
                    dy="0.35em"
                    textAnchor="end"
                    fontSize="10.5"
                    fill="#505050"
                  >
                    {l.text}
                  </text>
                ))}
              </g>
            ))}
            {panel.links.map((l) => (
              <line
                key={l.key}
                className="survey-link"
                data-survey={l.surveyId}
                x1={l.x1}
                x2={l.x2}
                y1={l.y}
                y2={l.y}
                stroke={l.colour}
                strokeWidth="1.25"
                aria-hidden="true"
              />
            ))}
            {panel.marks.map((m) => (
              <Mark
                key={m.key}
                className="mark survey-mark"
                data-country={m.row}
                data-survey={m.surveyId}
                data-indicator={m.indicator}
                data-year={m.year}
                data-value={m.value}
                data-latest={m.latest ? 'true' : 'false'}
                events={on(m.key)}
                title={m.title}
              >
                <path
                  d={m.path}
                  transform={`translate(${m.x.toFixed(1)} ${m.y.toFixed(1)})`}
                  fill={m.latest ? m.colour : '#ffffff'}
                  stroke={m.colour}
                  strokeWidth={m.latest ? 1 : 1.75}
                />
                {/* An invisible 24 px target around the 14 px mark, for a finger (WCAG 2.2, 2.5.8). */}
                <circle
                  cx={m.x.toFixed(1)}
                  cy={m.y.toFixed(1)}
                  r="12"
                  fill="none"
                  pointerEvents="all"
                  aria-hidden="true"
                />
              </Mark>
            ))}
            <ValueLabels
              labels={panel.labels}
              className={values ? 'survey-year value-label' : 'survey-year'}
            />
            {panel.empty && (
              <text x={panel.plot.left} y={panel.plot.bottom + 18} fontSize="12" fill="#505050">
                {panel.empty}
              </text>
            )}
            {panel.noData.map((n) => (
              <text key={n.y} className="surveys-nodata" x={0} y={n.y} fontSize="12" fill="#333">
                {n.text}
              </text>
            ))}
          </Panel>
        );
      }),
    [layout, drawn, on, openProfile, model.highlight, values],
  );
  // Its own group name: an off-screen copy (an export at a print size) must not uncheck this one.
  const sortGroup = useId();
  return (
    <>
      <fieldset className="surveys-sort">
        <legend>Sort rows</legend>
        {(
          [
            ['latest', 'by most recent figure'],
            ['name', 'by name'],
          ] as const
        ).map(([value, text]) => (
          <label key={value}>
            <input
              type="radio"
              name={sortGroup}
              value={value}
              checked={sort === value}
              onChange={() => useViewStore.getState().setSort(value)}
            />
            {text}
          </label>
        ))}
      </fieldset>
      <div className="surveys-plot">
        <ChartSvg capture={props.capture} label={label} width={layout.width} height={layout.height}>
          {drawing}
        </ChartSvg>
        <MarkLayer
          {...layer}
          marks={staged}
          label="Survey figures: arrow keys move between marks, Enter opens the country's profile"
        />
      </div>
    </>
  );
}

/** A panel with only the marks in `drawn`, with their rows (name and sub-labels), links and labels. */
function marksOf(panel: SurveyPanelLayout, drawn: ReadonlySet<string>): SurveyPanelLayout {
  const marks = panel.marks.filter((m) => drawn.has(m.key));
  const rows = new Set(marks.map((m) => m.row));
  return {
    ...panel,
    marks,
    rows: panel.rows.filter((r) => rows.has(r.code)),
    links: panel.links.filter((l) => drawn.has(l.from)),
    labels: panel.labels.filter((l) => drawn.has(l.mark)),
  };
}
