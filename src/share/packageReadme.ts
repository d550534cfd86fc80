import type { Dataset } from '../data/schema';

/** README.md of a data package: what it holds, how to cite it, and the rule that nothing is estimated. */
export function packageReadme(
  data: Dataset,
  options: { title: string; description: string; citation: string; created: Date },
): string {
  const withValue = data.observations.filter((o) => o.value !== null).length;
  const surveys = data.surveys.map((s) => `- ${s.title} (${s.producer}; fieldwork ${s.waves.join(', ')})`);
  return [
    `# ${options.title}`,
    '',
    options.description,
    '',
    `${data.observations.length} rows (${withValue} with a value), ${data.indicators.length} indicators, ` +
      `${data.sources.length} publications. Made on ${options.created.toISOString().slice(0, 10)}.`,
    '',
    '## How to cite',
    '',
    options.citation,
    '',
    'Cite also the publication of each figure you use (observations.csv: source_title and where).',
    '',
    '## No value is estimated',
    '',
    'Every figure is as printed in the publication named in its row, at the place given in `where`.',
    'A value the sources do not give is an empty `value` with a `note` saying why: never a guess, never',
    'a value read off a chart. When several publications print a figure for the same year, each is its',
    'own row; where they differ, the dashboard shows the one whose wording fits the indicator best',
    '(`fit`: exact, then not assessed, then partial; `fit_note` says why), then the one listed first in',
    'sources.csv, and keeps the others as conflicts. By default it shows the latest year with a figure',
    'for the countries shown.',
    '',
    '## Surveys',
    '',
    ...(surveys.length > 0 ? surveys : ['- none']),
    '',
    '## Files',
    '',
    '- `datapackage.json`: the Frictionless Data Package descriptor (tables, columns, types, sources)',
    '- `observations.csv`: the figures, one row per country, indicator, year and publication',
    '- `surveys.csv`: who collected them (producer, base, question, waves, method, published average)',
    '- `sources.csv`: the publications, in order of precedence',
    '- `indicators.csv`: what each indicator measures and its survey',
    '',
    'CSV files are UTF-8 with a header row. A text cell that begins with = + - or @ starts with an',
    "apostrophe (') so spreadsheets keep it as text.",
    '',
  ].join('\n');
}
