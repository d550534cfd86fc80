import { useMemo } from 'react';
import { EU_REFERENCE_COLOUR, OKABE_ITO } from '../charts/shared/palette';
import { ReferenceTick } from '../charts/shared/RowParts';
import { TopAxis } from '../charts/shared/TopAxis';
import { surveyStyles } from '../charts/surveys/style';
import type { Survey } from '../data/schema';
import { AVERAGE_TEXT_OFFSET, briefChartLayout, MARK_ROOM } from './briefChartLayout';
import { type BriefChartGroup, MAX_BRIEF_ROWS_PER_CONCEPT } from './briefChartRows';

/** The chart's drawing width: the text width of an A4 page at 15 mm margins (180 mm ≈ 680 px). */
export const BRIEF_CHART_WIDTH = 680;
const COUNTRY_COLOUR = OKABE_ITO[0];

/**
 * The brief's compact chart: the country (bars) against each survey's own average (a tick with a
 * diamond), per concept. Static (no tooltips: it is made to be printed); scales with its column.
 * The row list below it, for screen readers, says in words what each row shows.
 */
export function BriefChart({
  groups,
  countryName,
  surveys,
}: {
  groups: readonly BriefChartGroup[];
  countryName: string;
  /** The dataset's surveys: each row's survey is drawn with its one mark (colour and shape). */
  surveys: readonly Survey[];
}) {
  const styles = surveyStyles(surveys);
  const layout = useMemo(() => briefChartLayout(groups, BRIEF_CHART_WIDTH), [groups]);
  const rows = groups.reduce((n, g) => n + g.rows.length, 0);
  const left = groups.reduce((n, g) => n + g.left, 0);
  const label = `Bar chart: ${countryName} in ${rows} survey figure(s) on ${groups
    .map((g) => g.label.toLowerCase())
    .join(', ')}, each against the average its own survey published in the same wave (a tick), in percent.`;
  return (
    <>
      <svg
        role="img"
        aria-label={label}
        className="brief-chart-svg"
        width="100%"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <TopAxis
          ticks={layout.ticks}
          top={layout.plot.top}
          bottom={layout.plot.bottom}
          fontSize={10}
          ruleAbove={2}
          labelAbove={6}
          className="axis"
          decorative={false}
        />
        {layout.headings.map((h) => (
          <g key={h.key}>
            <text x={0} y={h.y} fontSize="11.5" fontWeight="700" fill="#1a1a1a">
              {h.label}
            </text>
            {h.empty && (
              <text x={layout.plot.left} y={h.y + 16} fontSize="10" fontStyle="italic" fill="#505050">
                {h.empty}
              </text>
            )}
          </g>
        ))}
        {layout.bars.map((b) => (
          <g key={b.key} className="mark" data-key={b.key} data-value={b.value}>
            <title>{b.title}</title>
            <text
              x={layout.plot.left - MARK_ROOM - 2}
              y={b.y + b.height / 2}
              dy="0.35em"
              textAnchor="end"
              fontSize="10.5"
              fill="#1a1a1a"
            >
              {b.label}
            </text>
            {styles.get(b.surveyId) && (
              <path
                className="brief-survey-mark"
                data-survey={b.surveyId}
                d={styles.get(b.surveyId)?.path}
                transform={`translate(${layout.plot.left - MARK_ROOM / 2 - 1} ${b.y + b.height / 2}) scale(0.7)`}
                fill={styles.get(b.surveyId)?.colour}
                stroke={styles.get(b.surveyId)?.colour}
              />
            )}
            <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={COUNTRY_COLOUR} />
            <text x={b.valueX} y={b.y + b.height / 2} dy="0.35em" fontSize="10" fill="#1a1a1a">
              {b.valueLabel}
            </text>
            {b.referenceX !== null && (
              <g className="brief-reference">
                <ReferenceTick x={b.referenceX} y={b.y} height={b.height} overhang={3} />
                <path
                  d={`M${b.referenceX} ${b.y + b.height / 2 - 4}l4 4-4 4-4-4z`}
                  fill="#ffffff"
                  stroke={EU_REFERENCE_COLOUR}
                  strokeWidth="1.5"
                />
              </g>
            )}
            <text
              x={layout.plot.right + AVERAGE_TEXT_OFFSET}
              y={b.y + b.height / 2}
              dy="0.35em"
              fontSize="10"
              fill={b.referenceX === null ? '#505050' : '#1a1a1a'}
              fontStyle={b.referenceX === null ? 'italic' : undefined}
            >
              {b.referenceLabel}
            </text>
          </g>
        ))}
      </svg>
      <ul className="brief-chart-legend" aria-hidden="true">
        <li>
          <svg width="18" height="10" aria-hidden="true" focusable="false">
            <rect x="1" y="1" width="16" height="8" fill={COUNTRY_COLOUR} />
          </svg>
          {countryName}, the country's latest figure in each survey
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true" focusable="false">
            <line x1="7" x2="7" y1="0" y2="14" stroke={EU_REFERENCE_COLOUR} strokeWidth="2" />
            <path d="M7 3l4 4-4 4-4-4z" fill="#ffffff" stroke={EU_REFERENCE_COLOUR} strokeWidth="1.5" />
          </svg>
          the average the same survey published for the same wave
        </li>
        <li>beside each row, its survey's mark, as in the dashboard's charts</li>
      </ul>
      {left > 0 && (
        <p className="brief-note">
          {left} earlier figure{left === 1 ? '' : 's'} of other surveys left out here (at most{' '}
          {MAX_BRIEF_ROWS_PER_CONCEPT} surveys per topic, the most recent); the dashboard's All surveys view
          shows every survey.
        </p>
      )}
      <ul className="visually-hidden">
        {layout.bars.map((b) => (
          <li key={b.key}>{b.title}</li>
        ))}
      </ul>
    </>
  );
}
