import { RUNS } from './config';
import { type LighthouseScores, runLighthouse } from './lighthouse';
import { addMeasured, cls, type Format, ms, problem, progress, score } from './report';

/** Section 2 of the bench: Lighthouse 12 (lighthouse.ts, mobile defaults with simulated throttling)
 * on `/`: scores, LCP, TBT, CLS. */
export async function lighthouseSection(url: string) {
  const results: LighthouseScores[] = [];
  for (let i = 0; i < RUNS.lighthouse; i++) {
    progress(`Lighthouse ${i + 1}/${RUNS.lighthouse}`);
    try {
      results.push(await runLighthouse(url));
    } catch (error) {
      problem(`Lighthouse run ${i + 1}`, error);
    }
  }
  const metrics: [string, (s: LighthouseScores) => number, Format][] = [
    ['performance', (s) => s.performance, score],
    ['accessibility', (s) => s.accessibility, score],
    ['best-practices', (s) => s.bestPractices, score],
    ['LCP', (s) => s.lcpMs, ms],
    ['TBT', (s) => s.tbtMs, ms],
    ['CLS', (s) => s.cls, cls],
  ];
  for (const [name, pick, format] of metrics) {
    addMeasured('Lighthouse (mobile, /)', name, results.map(pick), RUNS.lighthouse, format);
  }
}
