import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyKind } from '../../src/charts/chartKinds';
import type { ChartProps } from '../../src/charts/types';

const props = {} as ChartProps;
const Drawn = (_: ChartProps) => <p>drawn</p>;

describe('lazyKind', () => {
  it('renders a preloaded kind at once, without suspending', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Drawn }));
    const kind = lazyKind(load);
    await kind.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <kind.Component {...props} />
      </Suspense>,
    );
    expect(screen.getByText('drawn')).toBeTruthy();
    expect(screen.queryByText('loading')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends on a kind not loaded yet, and loads its code once', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Drawn }));
    const kind = lazyKind(load);
    await act(async () => {
      render(
        <Suspense fallback={<p>loading</p>}>
          <kind.Component {...props} />
        </Suspense>,
      );
    });
    expect(await screen.findByText('drawn')).toBeTruthy();
    await kind.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Drawn }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ default: Drawn });
    const kind = lazyKind(load);
    await expect(kind.preload()).rejects.toThrow('offline');
    await kind.preload();
    expect(load).toHaveBeenCalledTimes(2);
    render(<kind.Component {...props} />);
    expect(screen.getByText('drawn')).toBeTruthy();
  });
});
