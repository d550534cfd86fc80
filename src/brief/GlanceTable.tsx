import { formatGap, formatPercent } from '../charts/shared/format';
import { averageText } from './briefChartLayout';
import type { GlanceRow } from './glanceRows';

/** At a glance: the latest figure of each concept with its survey and wave, and that survey's own
 * average and the gap where one was published. Text only; the gap's side is said in words too. */
export function GlanceTable({ rows, countryName }: { rows: readonly GlanceRow[]; countryName: string }) {
  return (
    <table className="brief-table">
      <thead>
        <tr>
          <th scope="col">Concept</th>
          <th scope="col">Survey</th>
          <th scope="col">Wave</th>
          <th scope="col" className="num">
            {countryName}
          </th>
          <th scope="col" className="num">
            Survey's average
          </th>
          <th scope="col" className="num">
            Gap (points)
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.concept} data-indicator={r.indicator}>
            <th scope="row" title={r.indicatorLabel}>
              {r.conceptLabel}
            </th>
            <td>{r.survey}</td>
            <td>{r.wave ?? '—'}</td>
            <td className="num">{formatPercent(r.value)}</td>
            <td className={r.referenceValue === null ? 'num none' : 'num'}>
              {averageText(r.referenceCode, r.referenceValue)}
            </td>
            <td className="num">
              {r.gap === null
                ? '—'
                : `${formatGap(r.gap)} ${r.gap < 0 ? '(below)' : r.gap > 0 ? '(above)' : '(level)'}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
