import { isolate, ownText } from '../data/bidi';
import { isImportedIndicator } from '../data/ownIds';
import type { ViewModel } from '../data/viewModel';
import { formatPercent } from './shared/format';

/** "the empirica GP survey 2007 published", or "your data (mydata.csv) gives" for an own file. */
function publisher(indicator: string, shortTitle: string): string {
  return isImportedIndicator(indicator)
    ? `${isolate(shortTitle.replace(/^Your data/, 'your data'))} gives`
    : `the ${shortTitle} published`;
}

/** The lines under a chart (on screen, in the PNG and the SVG): who has no data, what has no average. */
export function viewNotes(model: ViewModel): string[] {
  const notes: string[] = [];
  const { kind } = model;
  if (model.noData.length > 0) {
    const asked = kind.shape === 'surveys' ? 'in any survey' : kind.shape === 'lines' ? 'in any wave' : '';
    // With one indicator, say what other waves hold: "Italy (2009: 94 %)".
    const single = model.indicators.length === 1 && !kind.everyWave ? model.indicators[0] : undefined;
    const names = model.noData.map((c) => {
      const cell = single
        ? [...model.dataCells, ...model.ranked].find((x) => x.country === c.code && x.indicator === single.id)
        : undefined;
      const other = cell?.otherWaves.slice().sort((a, b) => b.year - a.year)[0];
      return other ? `${c.name} (${other.year}: ${formatPercent(other.value)})` : c.name;
    });
    notes.push(
      kind.shape === 'surveys'
        ? `No figure on any of these concepts in any survey: ${names.join(', ')}.`
        : `No data${asked ? ` ${asked}` : ''}: ${names.join(', ')}.`,
    );
  }
  // Latest means the latest wave with a figure for the countries drawn (derive.indicatorWave): say
  // when the survey has later waves without them. Over time and All surveys draw every wave.
  if (!kind.everyWave) {
    const whose =
      kind.shape === 'ranked' && model.view.countries.length === 0 ? 'any country' : 'the selected countries';
    for (const i of model.indicators) {
      if (i.wave === null || i.latestWave === null || i.latestWave <= i.wave) continue;
      if (model.view.time !== 'latest' && model.view.time === i.wave) continue;
      notes.push(
        `${ownText(i.id, i.shortLabel)}: ${i.wave} is shown, the latest wave with a figure for ${whose}; later waves (to ${i.latestWave}) have none for them.`,
      );
    }
  }
  if (kind.shape === 'pair' && model.indicators.length === 2) {
    const [x, y] = model.indicators;
    const half = model.rows.filter((country) => {
      const values = model.cells.filter((c) => c.country === country).map((c) => c.value);
      return values.length < 2 || values.some((v) => v === null);
    });
    if (half.length > 0 && x && y) {
      const names = half.map((code) => model.cells.find((c) => c.country === code)?.countryName ?? code);
      notes.push(`Not plotted, only one of the two values: ${names.join(', ')}.`);
    }
  }
  const missing = kind.withoutReference;
  if (missing) {
    for (const i of model.withoutReference) {
      notes.push(
        i.referenceCode === null
          ? `${ownText(i.id, i.shortLabel)}: ${publisher(i.id, i.survey.shortTitle)} no European average, so ${missing}.`
          : `${ownText(i.id, i.shortLabel)}: no ${i.referenceName} is published for ${i.wave ?? 'this wave'} in the sources we hold, so ${missing}.`,
      );
    }
  }
  for (const p of model.surveyPanels)
    if (p.notDrawn.length > 0)
      notes.push(
        `${p.label}, not drawn (too many figures for one panel; the table has them all): ${p.notDrawn.map((c) => c.name).join(', ')}.`,
      );
  if (kind.shape === 'surveys') {
    for (const d of model.droppedConcepts) {
      notes.push(
        `Unknown concept “${d.concept}” (of ${d.indicators.join(', ')}) dropped: shown under Other indicators.`,
      );
    }
    notes.push(
      'Surveys differ in question, base (practices or physicians) and year: compare within one survey, and read across surveys with care.',
    );
  }
  return notes;
}
