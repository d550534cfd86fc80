import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Dataset } from '../../src/data/schema';
import { SYNTHETIC_COUNT } from './config';
import { SYNTHETIC_INDICATORS, syntheticDataset } from './synthetic';

/** What the sections of the bench read: the built data, the synthetic data, the served app. */
export interface BenchData {
  outDir: string;
  realDataset: Dataset;
  /** Every country of the real data (no averages). */
  realCodes: string[];
  syntheticJson: string;
  syntheticCodes: string[];
  /** The view of `codes` on the synthetic data's indicators (the real ones they copy) as `chart`. */
  viewQuery: (codes: string[], chart?: string) => string;
}

export interface BenchContext extends BenchData {
  browser: Browser;
  /** The served app's origin, ending in `/`. */
  url: string;
}

export function benchData(outDir: string): BenchData {
  const realDataset = JSON.parse(readFileSync(join(outDir, 'data', 'indicators.json'), 'utf8')) as Dataset;
  const synthetic = syntheticDataset(realDataset, SYNTHETIC_COUNT);
  return {
    outDir,
    realDataset,
    realCodes: realDataset.countries.filter((c) => !c.aggregate).map((c) => c.code),
    syntheticJson: JSON.stringify(synthetic),
    syntheticCodes: synthetic.countries.filter((c) => !c.aggregate).map((c) => c.code),
    viewQuery: (codes, chart = 'bars') =>
      `?countries=${codes.join(',')}&indicators=${SYNTHETIC_INDICATORS.join(',')}&chart=${chart}`,
  };
}
