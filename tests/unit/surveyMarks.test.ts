import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legendItems } from '../../src/charts/shared/legendItems';
import { indexDataset } from '../../src/data/derive';
import { datasetSchema } from '../../src/data/schema';
import { defaultView } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { catalogOf } from '../../src/state/catalog';

/** Issue 25.2: a survey's mark (colour and shape) is assigned once for the dataset. */

const real = indexDataset(
  datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8'))),
);
const landing = defaultView(catalogOf(real));
const everyCountry = [...real.countries.values()].filter((c) => !c.aggregate).map((c) => c.code);

const surveyKeys = (view: typeof landing) =>
  new Map(
    legendItems(buildViewModel(real, view), new Map())
      .filter((i) => i.key.startsWith('survey-'))
      .map((i) => [i.key, { colour: i.colour, path: i.path }]),
  );

describe('one mark per survey', () => {
  it('draws Harris 2002 alike on the landing view and in the view of every country', () => {
    const a = surveyKeys(landing);
    const b = surveyKeys({ ...landing, countries: everyCountry });
    expect(everyCountry.length).toBeGreaterThanOrEqual(31);
    expect(a.get('survey-harris-gp-2002')).toBeDefined();
    expect(a.get('survey-harris-gp-2002')).toEqual(b.get('survey-harris-gp-2002'));
    // Every survey both views draw looks the same in both.
    for (const [key, style] of a) if (b.has(key)) expect(b.get(key)).toEqual(style);
  });

  it('is the same on All surveys and Over time', () => {
    const view = { ...landing, indicators: ['eprescribing', 'ec2013_eprescribing', 'ec2018_eprescribing'] };
    const surveys = surveyKeys(view);
    const time = surveyKeys({ ...view, chart: 'time' });
    expect(time.size).toBe(3);
    for (const [key, style] of time) expect(surveys.get(key)).toEqual(style);
  });

  it('gives the surveys of the dataset distinct colour-and-shape pairs, in surveys.json order', () => {
    const view = { ...landing, countries: everyCountry };
    const keys = [...surveyKeys(view).values()].map((s) => `${s.colour}|${s.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    const first = real.dataset.surveys[0];
    const model = buildViewModel(real, view);
    expect(model.surveys[0]?.id).toBe(first?.id);
  });
});
