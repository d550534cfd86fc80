import { describe, expect, it } from 'vitest';
import type { ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { embedHeight, embedSnippet } from '../../src/share/embed';
import { shortSourceLine } from '../../src/share/shortSource';
import { buildSourcesContent } from '../../src/share/sourcesContent';
import { index } from './fixtures';

const view: ViewState = {
  countries: ['FR', 'DE', 'GR'],
  indicators: ['computer', 'epr'],
  chart: 'bars',
  profile: null,
  time: 'latest',
  embed: false,
};
const model = buildViewModel(index, view);
const NOW = new Date('2026-05-04T10:00:00Z');
const content = buildSourcesContent({
  index,
  model,
  url: 'https://x.test/?v',
  accessed: NOW,
});

describe('sources content', () => {
  it('per indicator: definition, survey, published average, wave', () => {
    const computer = content.indicators[0];
    expect(content.indicators.map((i) => i.id)).toEqual(['computer', 'epr']);
    expect(computer).toMatchObject({
      label: 'GP practices using a computer',
      wave: 2007,
      referenceName: 'EU27 average',
    });
    expect(computer?.survey.base).toBe('GP practices');
  });

  it('lists every publication of the values shown with the place, and no publication for a missing value', () => {
    const computer = content.indicators[0];
    expect(computer?.publications.map((p) => p.source.id)).toEqual(['epsos-fr', 'empirica-2008']);
    expect(computer?.publications[1]?.where).toEqual([
      'EU27 average 2007: place not recorded',
      'Germany 2007: place not recorded',
      'Greece 2007: place not recorded',
    ]);
    const epr = content.indicators[1];
    expect(epr?.publications.map((p) => p.source.id)).toEqual(['epsos-fr', 'empirica-2008']);
    expect(epr?.notes).toContain('Greece: no data for 2007; not published.');
  });

  it('notes a figure printed at another precision elsewhere, as resolved by the view model', () => {
    expect(content.indicators[0]?.notes.join('\n')).toMatch(
      /EU27 average 2007: 87.4 shown, from epSOS project, Country profile: France \(2010\); 1 other publication prints the same figure \(the most precise is shown\)\./,
    );
  });

  it('cites the view: title, survey, dashboard, link, date of access', () => {
    expect(content.citation).toBe(
      `${content.title}. Data: Benchmarking ICT use among General Practitioners in Europe (2007). epSOS Indicators, https://x.test/?v (accessed 4 May 2026).`,
    );
    expect(content.url).toBe('https://x.test/?v');
  });
});

describe('embed', () => {
  it('the snippet fits the chart and names the view in its title, escaped', () => {
    expect(embedHeight(412)).toBe(490);
    expect(embedHeight(null)).toBe(600);
    expect(embedHeight(50)).toBe(240);
    const snippet = embedSnippet('https://x.test/?a=1', { title: 'A "quoted" <view>', height: 490 });
    expect(snippet).toContain('title="epSOS Indicators: A &quot;quoted&quot; &lt;view&gt;"');
    expect(snippet).toContain('height="490"');
  });

  it('the short source line names the survey and counts the publications', () => {
    expect(shortSourceLine(model)).toBe(
      'Data: empirica GP survey for the European Commission (2007), as printed in 2 publications.',
    );
  });
});
