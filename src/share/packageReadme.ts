import { count } from '../data/plural';
import type { Dataset } from '../data/schema';

/** A link in the text, without the punctuation that ends its sentence or closes its parenthesis. */
const URL_PATTERN = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)]/g;

/** Text as Markdown shows it: no character starts markup or HTML (inline, or at the line's start). */
function escapeText(text: string, atLineStart: boolean): string {
  const inline = text
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return atLineStart
    ? inline.replace(/^(\s*)([#=+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2')
    : inline;
}

/**
 * User text (own labels, a file name, a title made of them) written into Markdown as the text it
 * is: Markdown and HTML escaped, on one line; links stay links (autolinks, not escaped).
 */
export function escapeMarkdown(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: line breaks and controls become spaces.
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  let out = '';
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    out += `${escapeText(line.slice(last, match.index), last === 0)}<${match[0]}>`;
    last = match.index + match[0].length;
  }
  return out + escapeText(line.slice(last), last === 0);
}

/** README.md of a data package: what it holds, how to cite it, and the rule that nothing is estimated. */
export function packageReadme(
  data: Dataset,
  options: { title: string; description: string; citation: string; created: Date },
): string {
  const withValue = data.observations.filter((o) => o.value !== null).length;
  const surveys = data.surveys.map(
    (s) => `- ${escapeMarkdown(s.title)} (${escapeMarkdown(s.producer)}; fieldwork ${s.waves.join(', ')})`,
  );
  return [
    `# ${escapeMarkdown(options.title)}`,
    '',
    escapeMarkdown(options.description),
    '',
    `${count(data.observations.length, 'row', 'rows')} (${withValue} with a value), ${count(data.indicators.length, 'indicator', 'indicators')}, ` +
      `${count(data.sources.length, 'publication', 'publications')}. Made on ${options.created.toISOString().slice(0, 10)}.`,
    '',
    '## How to cite',
    '',
    escapeMarkdown(options.citation),
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
