import { describe, expect, it } from 'vitest';
import { buildDataset, type DataInput } from '../../scripts/lib/buildDataset';
import { noteNames, unexplainedConflicts } from '../../scripts/lib/unexplainedConflicts';
import { buildProblems, fixtureInput } from './dataInput';

/** Issue 28, item 2: a cell with different figures is explained on each of its rows, or the build fails. */

const HEADER = 'country,indicator,year,value,where,note';
const file = (name: string, sourceId: string, ...rows: string[]) => ({
  file: `data/sources/${name}.csv`,
  sourceId,
  text: [HEADER, ...rows].join('\n'),
});

const input = (csvFiles: DataInput['csvFiles']) => fixtureInput({ csvFiles });
const problemsOf = buildProblems;

describe('the data build: different figures for one cell', () => {
  it('fails on a pair explained on one row only (the Romania 2007 case: 65 and 66, the note on the 66 only)', () => {
    const problems = problemsOf(
      input([
        file('empirica', 'empirica-2008', 'DE,computer,2007,65,para 1,'),
        file('epsos', 'epsos-fr', 'DE,computer,2007,66,para 2,"circa; the survey\'s site prints 65"'),
      ]),
    );
    expect(problems).toEqual([
      'data/sources/empirica.csv:2: DE computer 2007 is 65 here but 66 in epsos-fr; its note must name that figure and say why they differ',
    ]);
  });

  it('builds when each row names the other figure', () => {
    const dataset = buildDataset(
      input([
        file('empirica', 'empirica-2008', 'DE,computer,2007,65,para 1,"a press report prints 66 (circa)"'),
        file('epsos', 'epsos-fr', 'DE,computer,2007,66,para 2,"circa; the survey\'s site prints 65"'),
      ]),
    );
    expect(dataset.observations.filter((o) => o.country === 'DE')).toHaveLength(2);
  });

  it('needs no note where figures agree up to rounding, or where a row prints no figure', () => {
    const dataset = buildDataset(
      input([
        file('empirica', 'empirica-2008', 'DE,computer,2007,86,,', 'GR,epr,2007,,,not published'),
        file('epsos', 'epsos-fr', 'DE,computer,2007,86.2,,', 'GR,epr,2007,40,,'),
      ]),
    );
    expect(dataset.observations.filter((o) => o.country === 'DE' || o.country === 'GR')).toHaveLength(4);
  });

  it('names every differing figure a row does not explain, and only those', () => {
    const at = (n: number) => `x.csv:${n}`;
    const row = (value: number, sourceId: string, note: string | null, n: number) => ({
      country: 'ES',
      indicator: 'broadband',
      year: 2007,
      value,
      sourceId,
      note,
      at: at(n),
    });
    expect(
      unexplainedConflicts([
        row(35, 'cgcom', 'conflicts with 36% in Europa Press and Público', 2),
        row(36, 'europapress', 'CGCOM prints 35% for ES', 3),
        row(36, 'publico', null, 4),
        row(40, 'other', 'differs from 35 and 36', 5),
      ]),
    ).toEqual([
      'x.csv:2: ES broadband 2007 is 35 here but 40 in other; its note must name that figure and say why they differ',
      'x.csv:3: ES broadband 2007 is 36 here but 40 in other; its note must name that figure and say why they differ',
      'x.csv:4: ES broadband 2007 is 36 here but 35, 40 in cgcom, other; its note must name those figures and say why they differ',
    ]);
  });
});

describe('noteNames', () => {
  it('finds a figure as a number of its own, with a decimal point or comma', () => {
    expect(noteNames('HotNews prints circa 66%', 66)).toBe(true);
    expect(noteNames('ictk.ch prints 54 for 2015', 54)).toBe(true);
    expect(noteNames('41,5 in the other', 41.5)).toBe(true);
    expect(noteNames('41.5 in the other', 41.5)).toBe(true);
  });

  it('does not find it inside another number', () => {
    expect(noteNames('the 2066 plan', 66)).toBe(false);
    expect(noteNames('66.5 elsewhere', 66)).toBe(false);
    expect(noteNames('1.66 elsewhere', 66)).toBe(false);
    expect(noteNames(null, 66)).toBe(false);
  });
});
