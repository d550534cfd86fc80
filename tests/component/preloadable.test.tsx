import { act, fireEvent, render, screen } from '@testing-library/react';
import { Component, type ReactNode, Suspense, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from '../../src/ui/preloadable';

const props = { text: 'drawn' };
const Drawn = ({ text }: { text: string }) => <p>{text}</p>;

/** A promise the test settles itself. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label} {count}
    </button>
  );
}

class Boundary extends Component<{ children: ReactNode; onRetry: () => unknown }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <button
        type="button"
        onClick={() => {
          this.props.onRetry();
          this.setState({ failed: false });
        }}
      >
        retry
      </button>
    ) : (
      this.props.children
    );
  }
}

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

  it('shows the fallback while its code is on its way, then the component; loads it once', async () => {
    const code = deferred<{ default: typeof Drawn }>();
    const load = vi.fn(() => code.promise);
    const panel = preloadable(load);
    render(
      <Suspense fallback={<p>loading</p>}>
        <panel.Component {...props} />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => code.resolve({ default: Drawn }));
    expect(await screen.findByText('drawn')).toBeTruthy();
    await panel.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps the state of an instance that was mounted before its code arrived', async () => {
    const code = deferred<{ default: typeof Counter }>();
    const panel = preloadable(() => code.promise);
    // The instance joins a boundary that is already showing content: React keeps it (hidden) while
    // it suspends, so the instance outlives the arrival of the code, as a chart kind does.
    const view = (label: string, open: boolean) => (
      <Suspense fallback={<p>loading</p>}>
        <p>shell</p>
        {open && <panel.Component label={label} />}
      </Suspense>
    );
    const { rerender } = render(view('a', false));
    rerender(view('a', true));
    await act(async () => code.resolve({ default: Counter }));
    fireEvent.click(await screen.findByRole('button', { name: 'a 0' }));
    expect(screen.getByRole('button', { name: 'a 1' })).toBeTruthy();
    // A new prop after the code has loaded must not remount the instance (its count would reset).
    rerender(view('b', true));
    expect(screen.getByRole('button', { name: 'b 1' })).toBeTruthy();
  });

  it('after a failed load, loads again on a new preload (a boundary retry), never by rendering alone', async () => {
    let online = false;
    const load = vi.fn(() =>
      online ? Promise.resolve({ default: Drawn }) : Promise.reject(new Error('offline')),
    );
    const panel = preloadable(load);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await act(async () => {
        render(
          <Boundary onRetry={() => panel.preload().catch(() => undefined)}>
            <Suspense fallback={<p>loading</p>}>
              <panel.Component {...props} />
            </Suspense>
          </Boundary>,
        );
      });
      const retry = await screen.findByRole('button', { name: 'retry' });
      expect(load).toHaveBeenCalledTimes(1);
      online = true;
      fireEvent.click(retry);
      expect(await screen.findByText('drawn')).toBeTruthy();
      await expect(panel.preload()).resolves.toEqual({ default: Drawn });
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      quiet.mockRestore();
    }
  });
});
