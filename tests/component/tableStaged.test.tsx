import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { TableChart } from '../../src/charts/table/TableChart';
import type { ChartProps } from '../../src/charts/types';
import { CORE_INDICATORS } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { realIndex } from '../unit/realDataset';

/**
 * Issue 26: after a large import the table gains many rows and columns at once; it draws the new
 * rows in a few commits (useStaged), top first, and ends with every row, sortable as before.
 */
const noop = () => undefined;
const countries = realIndex.dataset.countries.map((c) => c.code);

function Table({ codes, commits }: { codes: string[]; commits: number[] }) {
  const model = buildViewModel(realIndex, {
    countries: codes,
    indicators: [...CORE_INDICATORS],
    chart: 'table',
    profile: null,
    time: 'latest',
    embed: false,
  });
  const props: ChartProps = {
    index: realIndex,
    model,
    width: 1200,
    colours: new Map(),
    showTip: noop,
    hideTip: noop,
    openProfile: noop,
    toggleCountry: noop,
  };
  return (
    <Profiler
      id="table"
      onRender={() => commits.push(document.querySelectorAll('.data-table tbody tr').length)}
    >
      <TableChart {...props} />
    </Profiler>
  );
}

describe('the table after a change that brings many rows', () => {
  it('draws the new rows in a few commits, then every row, and sorts them all', async () => {
    const commits: number[] = [];
    const { rerender } = render(<Table codes={countries.slice(0, 3)} commits={commits} />);
    expect(commits).toEqual([expect.any(Number)]);
    const few = commits[0] ?? 0;
    rerender(<Table codes={countries} commits={commits} />);
    const all = buildViewModel(realIndex, {
      countries,
      indicators: [...CORE_INDICATORS],
      chart: 'table',
      profile: null,
      time: 'latest',
      embed: false,
    }).rows.length;
    expect(all - few).toBeGreaterThan(20);
    await waitFor(() => expect(document.querySelectorAll('.data-table tbody tr')).toHaveLength(all));
    const after = commits.slice(1);
    // More than one commit, each with more rows than the last, the first far from all of them.
    expect(after.length).toBeGreaterThan(1);
    expect(after[0]).toBeLessThan(all);
    expect(after).toEqual([...after].sort((a, b) => a - b));
    expect(after.at(-1)).toBe(all);
    // A sort redraws every row at once, in the new order.
    const before = commits.length;
    fireEvent.click(screen.getByRole('button', { name: /^Country/ }));
    expect(commits.slice(before).every((n) => n === all)).toBe(true);
    const names = [...document.querySelectorAll('.data-table tbody tr:not(.reference-row) th')].map(
      (th) => th.textContent ?? '',
    );
    expect(names.length).toBeGreaterThan(20);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
  });
});
