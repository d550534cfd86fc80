import { formatGap, formatPercent } from '../charts/shared/format';
import type { ComparisonCell } from '../data/derive';
import { surveyWaveLabel } from '../data/surveyWave';
import type { ConceptFigure } from './latestByConcept';

/** Figure cards: the concept, value with wave and survey, the survey's own average and the signed gap
 * coloured by side, and a small dot chart (0–100 %). */
export function FigureCards({
  figures,
  colours,
  labels,
  onSources,
}: {
  figures: readonly ConceptFigure[];
  colours: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, string>;
  /** Opens the Sources dialog at this card's figure. */
  onSources?: (cell: ComparisonCell, button: HTMLButtonElement) => void;
}) {
  return (
    <ul className="figure-cards">
      {figures.map(({ cell: c, conceptLabel, surveyName }) => {
        const side = c.gap === null ? 'none' : c.gap < 0 ? 'below' : c.gap > 0 ? 'above' : 'level';
        return (
          <li key={c.indicator} className={`figure-card ${side}`} data-indicator={c.indicator}>
            <div className="figure-label" title={labels.get(c.indicator) ?? c.indicatorLabel}>
              {conceptLabel}
            </div>
            <div className="figure-value">{formatPercent(c.value)}</div>
            <div className="figure-meta">{surveyWaveLabel(surveyName, c.year)}</div>
            <div className="figure-eu">
              {c.referenceCode
                ? `${c.referenceCode} ${formatPercent(c.referenceValue)}`
                : 'No average published'}
              {c.gap !== null && (
                <span className="figure-gap">
                  {' '}
                  · {formatGap(c.gap)} pts{' '}
                  {side === 'level' ? '(level)' : side === 'below' ? '(below)' : '(above)'}
                </span>
              )}
            </div>
            <svg
              className="figure-dots"
              viewBox="0 0 100 12"
              preserveAspectRatio="none"
              width="100%"
              height="12"
              aria-hidden="true"
            >
              <line
                x1="0"
                x2="100"
                y1="6"
                y2="6"
                stroke="#c4c9d0"
                strokeWidth="1"
                vectorEffect="non-scaling-stroke"
              />
              {c.referenceValue !== null && (
                <line
                  x1={c.referenceValue}
                  x2={c.referenceValue}
                  y1="0"
                  y2="12"
                  stroke="#1a1a1a"
                  strokeWidth="2"
                  vectorEffect="non-scaling-stroke"
                />
              )}
              {c.value !== null && (
                <rect
                  x={c.value - 1.5}
                  y="2.5"
                  width="3"
                  height="7"
                  rx="1.5"
                  fill={colours.get(c.indicator) ?? '#0072B2'}
                />
              )}
            </svg>
            {c.value === null && c.note && <div className="figure-note">{c.note}</div>}
            {onSources && c.value !== null && (
              <button
                type="button"
                className="figure-sources link-button"
                aria-label={`Sources of ${formatPercent(c.value)}, ${surveyWaveLabel(surveyName, c.year)} (${conceptLabel})`}
                onClick={(e) => onSources(c, e.currentTarget)}
              >
                Sources
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
