import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import AddDataPanel from '../../src/import/AddDataPanel';
import { useImportStore } from '../../src/import/importStore';
import { franceDataset } from './franceDataset';

/**
 * The Add data panel's report (issue 26): the analyst's own labels in the "Added … to the view" line
 * each in a `<bdi>` (an unclosed U+202E reverses only itself), and counts in the right number.
 */
describe('the Add data report', () => {
  it('isolates each own label of the "Added …" line, and says "1 more name"', () => {
    const evil = 'evil \u202Eelbat';
    act(() =>
      useImportStore.setState({
        report: {
          fileName: 'mine.csv',
          loaded: 2,
          rejected: [],
          refused: null,
          byName: Array.from({ length: 31 }, (_, n) => ({ name: `Land ${n}`, code: 'FR', lines: [n + 2] })),
          shown: {
            importId: 'x',
            added: { indicators: ['my_a', 'my_b'], countries: ['FR'] },
            indicatorLabels: ['Plain', evil],
            countryNames: ['France'],
            undone: false,
          },
        },
      }),
    );
    render(<AddDataPanel base={franceDataset} id="add" />);
    const line = screen.getByText(
      (_, e) => e?.tagName === 'P' && e.parentElement?.className === 'import-shown',
    );
    expect(line.textContent).toBe(`Added 2 indicators and 1 country to the view: Plain, ${evil}; France.`);
    expect([...line.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['Plain', evil]);
    const byName = document.querySelector('.import-by-name');
    expect(byName?.textContent).toMatch(
      /^31 rows read by country name: Land 0 as FR \(line 2\);.*; and 1 more name\.$/,
    );
  });
});
