import { describe, expect, it } from 'vitest';
import { overlaps } from '../../src/charts/shared/placeLabels';
import { surveyStyles } from '../../src/charts/surveys/style';
import { labelBox } from '../../src/charts/time/layout';
import { indexDataset } from '../../src/data/derive';
import { defaultView, type ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { realCatalog, realIndex, realModelOf } from './realDataset';
import { timeLayoutOf } from './timeLayoutOf';

/** Issue 25.1: Over time across surveys. */

const real = realIndex;
const catalog = realCatalog;
const modelOf = realModelOf;
const layoutOf = timeLayoutOf;

const first = <T>(x: T | undefined): T => {
  if (x === undefined) throw new Error('missing fixture');
  return x;
};

const EXAMPLE = '?countries=SE,DK&indicators=eprescribing,ec2013_eprescribing,ec2018_eprescribing&chart=time';

describe('Over time across surveys', () => {
  it('draws e-prescribing in Sweden and Denmark as one panel, three surveys on one year axis', () => {
    const model = modelOf(EXAMPLE);
    const layout = layoutOf(model, 1000);
    expect(layout.panels).toHaveLength(1);
    const [panel] = layout.panels;
    expect(panel?.surveys).toHaveLength(3);
    const years = panel?.xTicks.map((t) => Number(t.label)) ?? [];
    expect(years[0]).toBe(2007);
    expect(years.at(-1)).toBe(2018);
    // Each survey keeps its dataset-wide colour and shape.
    const styles = surveyStyles(model.surveys);
    for (const l of panel?.lines ?? []) {
      expect(l.colour).toBe(styles.get(l.surveyId)?.colour);
      expect(l.shape).toBe(styles.get(l.surveyId)?.path);
    }
  });

  it('never joins two surveys, two indicators or two countries by a line', () => {
    const layout = layoutOf(modelOf(EXAMPLE), 1000);
    for (const l of layout.panels.flatMap((p) => p.lines)) {
      expect(new Set(l.points.map((p) => `${p.surveyId}|${p.indicator}|${p.country}`)).size).toBe(1);
      // a path moves (M) once per run of waves with values, and draws only between them
      const runs = l.path.match(/M/g)?.length ?? 0;
      expect(runs).toBeLessThanOrEqual(l.points.length);
    }
  });

  it("draws each survey's own average as its own dashed series, named with its survey", () => {
    const layout = layoutOf(modelOf(EXAMPLE), 1000);
    const averages = layout.panels.flatMap((p) => p.lines.filter((l) => l.reference));
    expect(averages.length).toBeGreaterThan(0);
    for (const a of averages) {
      expect(real.countries.get(a.country)?.aggregate).toBe(true);
      expect(a.label?.text).toMatch(/^EU\d+ \(.+\)$/);
      expect(real.surveys.get(a.surveyId)?.reference).toBe(a.country);
    }
  });

  it('keeps a panel per concept of the selected indicators only, in the order selected', () => {
    const model = modelOf('?countries=FR,DE,NL&indicators=computer,cmwf_emr,epr&chart=time');
    const concepts = model.surveyPanels.map((p) => p.id);
    expect(concepts).toEqual([...new Set(concepts)]);
    const drawn = model.surveyPanels.flatMap((p) => p.series.map((s) => s.indicator));
    expect(drawn.every((id) => ['computer', 'cmwf_emr', 'epr'].includes(id))).toBe(true);
    // cmwf_emr and epr share the electronic-records concept: one panel
    expect(model.surveyPanels).toHaveLength(2);
  });

  it('gives an indicator of an unknown concept a panel of its own', () => {
    const base = defaultView(catalog);
    const odd = {
      ...real.dataset,
      indicators: real.dataset.indicators.map((i) =>
        i.id === 'computer' || i.id === 'internet' ? { ...i, concept: `unknown-${i.id}` } : i,
      ),
    };
    const view: ViewState = { ...base, indicators: ['computer', 'internet', 'epr'], chart: 'time' };
    const model = buildViewModel(indexDataset(odd), view);
    expect(model.surveyPanels.map((p) => [p.kind, p.series.map((s) => s.indicator)])).toEqual([
      ['other', ['computer']],
      ['other', ['internet']],
      ['concept', ['epr']],
    ]);
    expect(model.droppedConcepts).toEqual([]);
  });

  it("puts own indicators (my_…) in one panel of their own, their survey marked after the dataset's", () => {
    const own = {
      ...real.dataset,
      surveys: [
        ...real.dataset.surveys,
        { ...first(real.dataset.surveys[0]), id: 'my-file', shortName: 'my file' },
      ],
      indicators: [
        ...real.dataset.indicators,
        {
          ...first(real.indicators.get('computer')),
          id: 'my_pcs',
          surveyId: 'my-file',
          concept: 'computer-use',
        },
      ],
      observations: [
        ...real.dataset.observations,
        {
          country: 'FR',
          indicator: 'my_pcs',
          year: 2020,
          value: 90,
          sourceId: real.dataset.sources[0]?.id ?? '',
          note: null,
        },
      ],
    };
    const view: ViewState = { ...defaultView(catalog), indicators: ['my_pcs', 'computer'], chart: 'time' };
    const model = buildViewModel(indexDataset(own), view);
    expect(model.surveyPanels.map((p) => [p.kind, p.series.map((s) => s.indicator)])).toEqual([
      ['own', ['my_pcs']],
      ['concept', ['computer']],
    ]);
    const styles = surveyStyles(model.surveys);
    expect([...styles.keys()].at(-1)).toBe('my-file');
    const layout = layoutOf(model, 900);
    expect(layout.panels[0]?.lines.map((l) => [l.country, l.colour])).toEqual([
      ['FR', styles.get('my-file')?.colour],
    ]);
  });
});

describe('Over time: end labels', () => {
  it("moves a label that covers another line's mark to the left of its point, over no mark or label", () => {
    const model = modelOf('?countries=FR,DE,NL,GB,SE,DK&indicators=cmwf_emr,epr,gp2002_emr&chart=time');
    let moved = 0;
    for (const width of [358, 1000]) {
      for (const panel of layoutOf(model, width).panels) {
        const boxes = panel.lines.flatMap((l) => (l.label ? [labelBox(l.label)] : []));
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
        const marks = panel.lines.flatMap((l) => l.points);
        for (const l of panel.lines) {
          if (l.label?.anchor !== 'end') continue;
          moved += 1;
          const box = labelBox(l.label);
          for (const m of marks)
            expect(overlaps(box, { x1: m.x - 6, x2: m.x + 6, y1: m.y - 6, y2: m.y + 6 })).toBe(false);
        }
      }
    }
    expect(moved).toBeGreaterThan(0);
  });
});
