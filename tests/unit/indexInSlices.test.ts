import { describe, expect, it } from 'vitest';
import { indexDataset, indexSteps } from '../../src/data/derive';
import { indexInSlices } from '../../src/data/indexInSlices';
import type { Dataset } from '../../src/data/schema';
import { realIndex } from './realDataset';

/** The real dataset with `rows` own rows (3 indicators, one publication each, every year one figure). */
function withOwnRows(rows: number): Dataset {
  const base = realIndex.dataset;
  const countries = base.countries.filter((c) => !c.aggregate).map((c) => c.code);
  const observations = Array.from({ length: rows }, (_, i) => ({
    country: countries[i % countries.length] as string,
    indicator: `my_bench_${Math.floor(i / countries.length) % 3}`,
    year: 1900 + Math.floor(i / countries.length / 3),
    value: i % 7 === 0 ? null : (i % 1000) / 10,
    sourceId: base.sources[0]?.id ?? 'x',
    where: null,
    note: null,
  }));
  return { ...base, observations: [...base.observations, ...observations] };
}

describe('the index built in slices (a large import without one long task)', () => {
  it('pauses every thousand rows or so, and ends with the same index as indexDataset', () => {
    // Few rows, so that comparing two whole indexes stays quick on a busy machine.
    const dataset = withOwnRows(6_000);
    const steps = indexSteps(dataset);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    // Grouping (6,000+ rows), resolving (as many figures) and ordering: at least one pause per
    // thousand rows in each pass.
    expect(pauses).toBeGreaterThanOrEqual(12);
    expect(step.value).toEqual(indexDataset(dataset));
  });

  it('gives the main thread back between slices and builds the same index', async () => {
    const dataset = withOwnRows(6_000);
    let pauses = 0;
    // A slice of 0 ms: a pause after every step, whatever the machine's speed.
    const index = await indexInSlices(
      dataset,
      async () => {
        pauses += 1;
      },
      0,
    );
    expect(index).toEqual(indexDataset(dataset));
    expect(index.series.get(`${dataset.countries[0]?.code}|my_bench_0`)?.length).toBeGreaterThan(10);
    let steps = 0;
    for (const it = indexSteps(dataset); !it.next().done; ) steps += 1;
    expect(pauses).toBe(steps);
  });
});
