import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_KIND, CHART_KINDS, type ChartKind, chartModule } from '../../src/data/chartRegistry';

/**
 * The chart-kind registry (docs/ARCHITECTURE.md §2a): one entry per kind, one folder per kind, and
 * no kind named anywhere else to decide what a kind does.
 */

const SRC = resolve(__dirname, '../../src');
const CHARTS = join(SRC, 'charts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('the chart-kind registry', () => {
  it('lists the kinds of the URL contract, in the order of the tabs (their labels: controls.test.tsx)', () => {
    expect(CHART_KINDS).toEqual(['surveys', 'bars', 'gap', 'ranking', 'map', 'scatter', 'table', 'time']);
  });

  it('has a module for every kind, exporting the component under its name (or as its default)', () => {
    for (const kind of CHART_KINDS) {
      const module = chartModule(kind);
      const name = module.split('/')[1];
      const text = readFileSync(join(CHARTS, `${module}.tsx`), 'utf8');
      expect(text, module).toMatch(new RegExp(`export (default )?function ${name}\\(`));
    }
  });

  it('has an entry for every kind module (src/charts/KIND/KindChart.tsx) the loader picks up', () => {
    const modules = readdirSync(CHARTS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(CHARTS, d.name))
          .filter((f) => /^[A-Z]\w*Chart\.tsx$/.test(f))
          .map((f) => `${d.name}/${f.replace(/\.tsx$/, '')}`),
      )
      .sort();
    expect(modules).toEqual(CHART_KINDS.map(chartModule).sort());
  });

  it('makes an unknown kind a type error, never a silent default', () => {
    // @ts-expect-error: 'pie' is no key of the registry.
    const unknown: ChartKind = 'pie';
    expect(CHART_KINDS).not.toContain(unknown);
    expect(Object.hasOwn(CHART_KIND, 'pie')).toBe(false);
  });

  it('derives what follows from the shape', () => {
    const everyWave = CHART_KINDS.filter((k) => CHART_KIND[k].everyWave);
    const firstOnly = CHART_KINDS.filter((k) => CHART_KIND[k].firstOnly);
    const references = CHART_KINDS.filter((k) => CHART_KIND[k].drawsReferences);
    expect(everyWave).toEqual(['surveys', 'time']);
    expect(firstOnly).toEqual(['ranking', 'map', 'scatter']);
    expect(references).toEqual(['bars', 'ranking', 'map', 'scatter', 'table']);
  });

  it('is the one place that names a kind to decide what it does: no `chart === "…"` branch in src/', () => {
    const branches = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /\bchart\s*[!=]==?\s*['"`]|['"`]\s*[!=]==?\s*[\w.]*\bchart\b/.test(line)
            ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(branches).toEqual([]);
  });
});
