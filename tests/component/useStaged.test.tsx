import { render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { useStaged } from '../../src/charts/shared/useStaged';

/**
 * Issue 26: a change that brings hundreds of new marks is drawn in a few commits, top first, nothing
 * drawn taken out; a first render and a small change draw everything at once.
 */
interface Row {
  key: string;
  marks: number;
}
const rows = (keys: string, marks = 10): Row[] => keys.split('').map((key) => ({ key, marks }));

function Drawing({ items, commits }: { items: Row[]; commits: string[][] }) {
  const shown = useStaged(
    items,
    (r) => r.key,
    (r) => r.marks,
    30,
  );
  useEffect(() => {
    commits.push(shown.map((r) => r.key));
  });
  return (
    <ul>
      {shown.map((r) => (
        <li key={r.key}>{r.key}</li>
      ))}
    </ul>
  );
}

describe('useStaged', () => {
  it('draws everything on the first render, however many marks', () => {
    const commits: string[][] = [];
    render(<Drawing items={rows('abcdefgh')} commits={commits} />);
    expect(commits).toEqual([['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']]);
  });

  it('draws new rows within the budget per commit, in order, keeping the drawn ones; a small change at once', async () => {
    const commits: string[][] = [];
    const { rerender } = render(<Drawing items={rows('ab')} commits={commits} />);
    // 6 new rows of 10 marks, budget 30: first the drawn rows alone (in their new places), then
    // three new ones per commit; a and b stay drawn throughout.
    rerender(<Drawing items={rows('xaybcdef')} commits={commits} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(8));
    expect(commits.slice(1)).toEqual([
      ['a', 'b'],
      ['x', 'a', 'y', 'b', 'c'],
      ['x', 'a', 'y', 'b', 'c', 'd', 'e', 'f'],
    ]);
    // What a drawn row gained counts: a with 25 more marks and two new rows (45 in all) is staged,
    // a's gain drawn in the first commit with the drawn rows, the new rows in the next.
    rerender(<Drawing items={[{ key: 'a', marks: 35 }, ...rows('bgh')]} commits={commits} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(4));
    expect(commits.slice(4)).toEqual([
      ['a', 'b'],
      ['a', 'b', 'g', 'h'],
    ]);
    // One new row: at once.
    rerender(<Drawing items={rows('abghz')} commits={commits} />);
    expect(commits.at(-1)).toEqual(['a', 'b', 'g', 'h', 'z']);
  });

  it('a change where nothing drawn stays starts with new rows, never an empty drawing', async () => {
    const commits: string[][] = [];
    const { rerender } = render(<Drawing items={rows('ab')} commits={commits} />);
    rerender(<Drawing items={rows('uvwxyz')} commits={commits} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(6));
    expect(commits.slice(1)).toEqual([
      ['u', 'v', 'w'],
      ['u', 'v', 'w', 'x', 'y', 'z'],
    ]);
  });
});
