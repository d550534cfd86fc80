/**
 * Prints, per survey, the matrix of countries × indicators × waves with the counts of values and of
 * explicit "no data" rows, then the epSOS-country summary that the README shows.
 * Reads public/data/indicators.json (run by `npm run coverage` after `npm run data`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetSchema } from '../src/data/schema';
import { epsosSummary, surveyMatrices } from './lib/coverage';

const file = join(import.meta.dirname, '..', 'public', 'data', 'indicators.json');
const dataset = datasetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
console.log(
  `# Coverage of ${dataset.observations.length} observations in ${dataset.surveys.length} surveys\n`,
);
console.log(surveyMatrices(dataset));
console.log('\n# epSOS countries: waves with a value, per concept (survey)\n');
console.log(
  epsosSummary(dataset, [
    'electronic-records',
    'computer-use',
    'internet-access',
    'eprescribing',
    'data-exchange',
  ]),
);
