import { type ComponentType, createElement, lazy } from 'react';

/**
 * A component whose code is its own chunk, loaded on first use or fetched ahead with `preload`.
 *
 * Once its code has loaded it renders directly. Through React.lazy alone it would suspend once more
 * on its first render even when its chunk is in memory (lazy's own promise settles a microtask
 * later), show the fallback, and React reveals a boundary's content no sooner than 300 ms after its
 * fallback: a switch to a warmed chart kind took ~400 ms at 4× CPU for that (issue 11).
 */
export interface Preloadable<P> {
  Component: ComponentType<P>;
  /** Starts loading the code (once; again after a failure). */
  preload: () => Promise<unknown>;
}

export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () => {
    pending ??= load().then(
      (m) => {
        loaded = m.default;
        return m;
      },
      (error: unknown) => {
        pending = null; // a later render or preload tries again
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(preload);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per component when its module loads, never during a render.
  function Preloaded(props: P) {
    return createElement((loaded ?? Lazy) as ComponentType<P>, props);
  }
  return { Component: Preloaded, preload };
}
