import { expect, it } from 'vitest';
import { buildDataset, DataBuildError } from '../../scripts/lib/buildDataset';
import { mergeImports, parseImport } from '../../src/import/parseImport';
import { countries, indicators, sources, dataset } from './fixtures';
it('year out of schema range in build', () => {
  try {
    buildDataset({
      sources: { file: 'S', text: JSON.stringify(sources) },
      indicators: { file: 'I', text: JSON.stringify(indicators) },
      countries: { file: 'C', text: JSON.stringify(countries) },
      csvFiles: [{ file: 'data/sources/empirica-2008.csv', sourceId: 'empirica-2008', text: 'country,indicator,year,value\nFR,computer,1850,50' }],
    });
    console.log('no error');
  } catch (e) {
    console.log('ERR', (e as Error).constructor.name, (e as Error).message.slice(0, 400));
    expect(e).toBeInstanceOf(DataBuildError);
  }
});
it('import year', () => {
  const r = parseImport('country,indicator,year,value\nFR,computer,1850,50\nDE,computer,2009,60', 'x.csv', dataset);
  console.log(JSON.stringify(r.rejected), r.data?.observations.length);
  try { mergeImports(dataset, r.data ? [r.data] : []); console.log('merged ok'); } catch (e) { console.log('MERGE ERR', (e as Error).constructor.name, (e as Error).message.slice(0, 300)); }
});
