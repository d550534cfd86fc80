/**
 * "Commonwealth Fund, 2012", or just "empirica 2007" where the survey's short name already ends
 * with that year (a one-wave survey named after its year), never "empirica 2007, 2007". `missing`
 * stands in for the year where there is no wave.
 */
export function surveyWaveLabel(shortName: string, wave: number | null, missing = 'no data'): string {
  if (wave === null) return `${shortName}, ${missing}`;
  return shortName.endsWith(` ${wave}`) ? shortName : `${shortName}, ${wave}`;
}
