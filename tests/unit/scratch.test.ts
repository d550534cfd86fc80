import { expect, it } from 'vitest';
import { parseProfile } from '../../scripts/lib/parseProfile';

const countries = new Map([['FR', 'France']]);
const base = (legal: string) =>
  `---\ncountry: FR\n---\n\n## Health system\n\nA. [1]\n\n## eHealth strategy and bodies\n\nB. [1]\n\n## Key national eHealth services\n\nC. [1]\n\n## Legal framework\n\n${legal}\n\n## In epSOS\n\nE. [1]\n\n## Sources\n\n1. [S](http://s.example/)\n`;
it('table is rejected', () => {
  const r = parseProfile({
    file: 'FR.md',
    text: base('Law. [1]\n\n| a | b |\n|---|---|\n| 1 | 2 |'),
    countries,
  });
  console.log(JSON.stringify(r).slice(0, 1500));
  expect(r.problems.length).toBeGreaterThan(0);
});
it('nested list kept or reported', () => {
  const r = parseProfile({
    file: 'FR.md',
    text: base('- Act of 2002 [1]\n  - nested detail SECRETWORD'),
    countries,
  });
  console.log(JSON.stringify(r).slice(0, 1500));
  expect(r.problems.length > 0 || JSON.stringify(r.profile).includes('SECRETWORD')).toBe(true);
});
it('paragraph 2 in list item', () => {
  const r = parseProfile({ file: 'FR.md', text: base('- first para. [1]\n\n  second para'), countries });
  console.log(JSON.stringify(r.profile?.sections[3]));
});
