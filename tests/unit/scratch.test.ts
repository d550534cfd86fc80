import { it } from 'vitest';
import { parseView } from '../../src/state/url';
import { catalog } from './fixtures';
it('x', () => {
  console.log(JSON.stringify(parseView('?countries=FR&countries=DE', catalog)));
  console.log(JSON.stringify(parseView('?utm=1', catalog)));
});
