/**
 * The benchmark's report: rows of (section, metric, median, min–max, runs), the problems that make
 * the run fail, notes, progress lines on stderr, and the printed table. One report per process.
 */

/** When the run started (progress lines and the closing "Took … s" count from here). */
export const started = performance.now();

/** Progress goes to stderr, so stdout holds just the report. */
export const progress = (message: string) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`,
  );

interface Row {
  section: string;
  metric: string;
  value: string;
  range: string;
  runs: string;
}

export const rows: Row[] = [];
/** Failures: the report says which and the exit code is 1. */
export const problems: string[] = [];
/** Worth knowing, not failures (errors the page logged). */
export const notes: string[] = [];

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] ?? Number.NaN)
    : ((s[mid - 1] ?? Number.NaN) + (s[mid] ?? Number.NaN)) / 2;
};

export type Format = (x: number) => string;
export const ms: Format = (x) => `${Math.round(x).toLocaleString('en-US')} ms`;
export const bytes: Format = (x) => `${Math.round(x).toLocaleString('en-US')} B`;
export const score: Format = (x) => String(Math.round(x));
export const cls: Format = (x) => x.toFixed(3);
export const ratio: Format = (x) => `${x.toFixed(2)}×`;

/** A row from samples: median, min–max, and how many of the planned runs succeeded. */
export function addMeasured(
  section: string,
  metric: string,
  samples: number[],
  planned: number,
  format: Format,
) {
  const runs = samples.length === planned ? String(planned) : `${samples.length}/${planned}`;
  if (samples.length === 0) {
    rows.push({ section, metric, value: 'failed', range: '', runs });
    return;
  }
  const range = samples.length > 1 ? `${format(Math.min(...samples))} – ${format(Math.max(...samples))}` : '';
  rows.push({ section, metric, value: format(median(samples)), range, runs });
}

export const addValue = (section: string, metric: string, value: string) =>
  rows.push({ section, metric, value, range: '', runs: '' });

export const addSkipped = (section: string, reason: string) =>
  rows.push({ section, metric: `(skipped: ${reason})`, value: '', range: '', runs: '' });

export const problem = (where: string, error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  problems.push(`${where}: ${message.split('\n')[0]}`);
  progress(`  ! ${where}: ${message.split('\n')[0]}`);
};

export function printReport(header: string[]) {
  const head: Row = {
    section: 'section',
    metric: 'metric',
    value: 'median',
    range: 'min – max',
    runs: 'runs',
  };
  const keys = ['section', 'metric', 'value', 'range', 'runs'] as const;
  const rightAligned = new Set<keyof Row>(['value', 'range', 'runs']);
  const width = Object.fromEntries(
    keys.map((k) => [k, Math.max(...[head, ...rows].map((r) => r[k].length))]),
  ) as Record<keyof Row, number>;
  const line = (r: Row) =>
    keys
      .map((k) => (rightAligned.has(k) ? r[k].padStart(width[k]) : r[k].padEnd(width[k])))
      .join('  ')
      .trimEnd();
  const rule = keys.map((k) => '-'.repeat(width[k])).join('  ');
  const out = [...header, '', line(head), rule];
  let previous = '';
  for (const r of rows) {
    out.push(line(r.section === previous ? { ...r, section: '' } : r));
    previous = r.section;
  }
  out.push(rule);
  if (problems.length > 0) out.push('', 'Problems:', ...problems.map((p) => `  - ${p}`));
  if (notes.length > 0) out.push('', 'Notes:', ...notes.map((n) => `  - ${n}`));
  console.log(out.join('\n'));
}
