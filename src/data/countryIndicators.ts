import type { TimeSelection } from './derive';
import { type DatasetIndex, indicatorWave } from './derive';

/**
 * Which indicators chart one country against its survey's average (the profile's "Chart Denmark
 * against the EU average"). The rule, on published figures only:
 *
 * 1. Look at every survey that published an average (surveys.json `reference`). A survey wave counts
 *    when, for one of its indicators, the country has a value in that wave AND the survey's average
 *    for that indicator and wave is published too (else there is nothing to compare with).
 * 2. Take the latest such wave; on a tie, the survey with more such indicators, then the survey
 *    listed first in surveys.json.
 * 3. Chart that survey's indicators that qualify in that wave (dataset order, at most MAX_INDICATORS).
 *
 * Surveys are never mixed: every indicator chosen comes from the one survey and wave. When no survey
 * with an average has a figure for the country, the same rule runs over every survey (latest wave
 * with values) and `withAverage` is false, so the caller can say there is no average to compare with.
 */

export const MAX_INDICATORS = 5;

export interface CountryChoice {
  surveyId: string;
  wave: number;
  indicators: string[];
  /** Whether the survey published an average for each chosen indicator in that wave. */
  withAverage: boolean;
}

function choose(index: DatasetIndex, country: string, withAverage: boolean): CountryChoice | null {
  const surveyRank = new Map(index.dataset.surveys.map((s, i) => [s.id, i]));
  const groups = new Map<string, CountryChoice>();
  for (const indicator of index.dataset.indicators) {
    const survey = index.surveys.get(indicator.surveyId);
    if (!survey || (withAverage && !survey.reference)) continue;
    for (const wave of survey.waves) {
      const own = index.figures.get(`${country}|${indicator.id}|${wave}`)?.value ?? null;
      if (own === null) continue;
      if (withAverage) {
        const average = index.figures.get(`${survey.reference}|${indicator.id}|${wave}`)?.value ?? null;
        if (average === null) continue;
      }
      const key = `${survey.id}|${wave}`;
      const group = groups.get(key) ?? { surveyId: survey.id, wave, indicators: [], withAverage };
      group.indicators.push(indicator.id);
      groups.set(key, group);
    }
  }
  const ranked = [...groups.values()].sort(
    (a, b) =>
      b.wave - a.wave ||
      b.indicators.length - a.indicators.length ||
      (surveyRank.get(a.surveyId) ?? 0) - (surveyRank.get(b.surveyId) ?? 0),
  );
  const best = ranked[0];
  return best ? { ...best, indicators: best.indicators.slice(0, MAX_INDICATORS) } : null;
}

/** The indicators that chart `country` against its survey's average (see the rule above), or null
 * when no survey has any figure for the country. */
export function indicatorsForCountry(index: DatasetIndex, country: string): CountryChoice | null {
  return choose(index, country, true) ?? choose(index, country, false);
}

/** The survey year a view must ask for to show the choice's wave: `latest` when that is already the
 * latest wave of every chosen indicator, else the wave itself. */
export function timeForChoice(index: DatasetIndex, choice: CountryChoice): TimeSelection {
  return choice.indicators.every((id) => indicatorWave(index, id, 'latest') === choice.wave)
    ? 'latest'
    : choice.wave;
}
