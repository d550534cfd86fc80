import type { Dataset } from '../../src/data/schema';

/**
 * Coverage of the dataset, per survey: a matrix of countries × (indicator, wave) with the number of
 * publications that print a value, and of explicit "no data" rows. Pure: text out, for the terminal
 * (`npm run coverage`) and for the README's epSOS summary.
 */

interface Count {
  values: number;
  nulls: number;
}

function cellText(c: Count | undefined): string {
  if (!c) return '·';
  if (c.values === 0) return `∅${c.nulls > 1 ? c.nulls : ''}`;
  return `${c.values}${c.nulls > 0 ? `+∅${c.nulls}` : ''}`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function surveyMatrices(dataset: Dataset): string {
  const countryName = new Map(dataset.countries.map((c) => [c.code, c.name]));
  const countryOrder = new Map(dataset.countries.map((c, i) => [c.code, i]));
  const parts: string[] = [];
  for (const survey of dataset.surveys) {
    const indicators = dataset.indicators.filter((i) => i.surveyId === survey.id).map((i) => i.id);
    const rows = dataset.observations.filter((o) => indicators.includes(o.indicator));
    const counts = new Map<string, Count>();
    const columns = new Set<string>();
    for (const o of rows) {
      const column = `${o.indicator} ${o.year}`;
      columns.add(column);
      const k = `${o.country}|${column}`;
      const c = counts.get(k) ?? { values: 0, nulls: 0 };
      if (o.value === null) c.nulls++;
      else c.values++;
      counts.set(k, c);
    }
    const orderedColumns = indicators.flatMap((id) =>
      survey.waves.map((w) => `${id} ${w}`).filter((c) => columns.has(c)),
    );
    const countries = [...new Set(rows.map((o) => o.country))].sort(
      (a, b) => (countryOrder.get(a) ?? 0) - (countryOrder.get(b) ?? 0),
    );
    const values = rows.filter((o) => o.value !== null).length;
    parts.push(
      `## ${survey.shortTitle} (${survey.id}); waves ${survey.waves.join(', ')}; average: ${survey.reference ?? 'none published'}\n` +
        `${values} values and ${rows.length - values} explicit "no data" rows, ${countries.length} countries, ${indicators.length} indicators.\n\n` +
        (countries.length === 0
          ? '(no rows yet)'
          : table(
              ['country', ...orderedColumns],
              countries.map((c) => [
                `${c} ${countryName.get(c) ?? ''}`.trim(),
                ...orderedColumns.map((col) => cellText(counts.get(`${c}|${col}`))),
              ]),
            )),
    );
  }
  return `${parts.join('\n\n')}\n\nCell: number of publications printing a value; ∅ an explicit "no data" row (with its reason); · nothing.`;
}

/** For each epSOS country and each of the given concepts: the latest wave with a value, and its survey. */
export function epsosSummary(dataset: Dataset, concepts: readonly string[]): string {
  const indicator = new Map(dataset.indicators.map((i) => [i.id, i]));
  const survey = new Map(dataset.surveys.map((s) => [s.id, s]));
  const label = new Map(dataset.concepts.map((c) => [c.id, c.label]));
  const rows = dataset.countries
    .filter((c) => c.epsos)
    .map((c) => [
      `${c.name} (${c.code})`,
      ...concepts.map((concept) => {
        const figures = dataset.observations.filter(
          (o) => o.country === c.code && o.value !== null && indicator.get(o.indicator)?.concept === concept,
        );
        const waves = [...new Set(figures.map((o) => o.year))].sort((a, b) => a - b);
        if (waves.length === 0) return '—';
        const surveys = [
          ...new Set(
            figures.map((o) => survey.get(indicator.get(o.indicator)?.surveyId ?? '')?.shortName ?? '?'),
          ),
        ];
        return `${waves.join(', ')} (${surveys.join(', ')})`;
      }),
    ]);
  return table(['epSOS country', ...concepts.map((c) => label.get(c) ?? c)], rows);
}
