import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from '../../src/ui/preloadable';

const props = { text: 'drawn' };
const Drawn = ({ text }: { text: string }) => <p>{text}</p>;

describe('preloadable', () => {
  it('renders preloaded code at once, without suspending', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Drawn }));
    const panel = preloadable(load);
    await panel.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <panel.Component {...props} />
      </Suspense>,
    );
    expect(screen.getByText('drawn')).toBeTruthy();
    expect(screen.queryByText('loading')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends while its code is not loaded yet, and loads it once', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Drawn }));
    const panel = preloadable(load);
    await act(async () => {
      render(
        <Suspense fallback={<p>loading</p>}>
          <panel.Component {...props} />
        </Suspense>,
      );
    });
    expect(await screen.findByText('drawn')).toBeTruthy();
    await panel.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Drawn }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ default: Drawn });
    const panel = preloadable(load);
    await expect(panel.preload()).rejects.toThrow('offline');
    await panel.preload();
    expect(load).toHaveBeenCalledTimes(2);
    render(<panel.Component {...props} />);
    expect(screen.getByText('drawn')).toBeTruthy();
  });
});
