import { type ComponentType, createElement, lazy, useState } from 'react';

/**
 * A component whose code is its own chunk, loaded on first use or fetched ahead with `preload`.
 *
 * Once its code has loaded, a new instance renders it directly. Through React.lazy alone it would
 * suspend once more on its first render even when its chunk is in memory (lazy's own promise
 * settles a microtask later), show the fallback, and React reveals a boundary's content no sooner
 * than 300 ms after its fallback: a switch to a warmed chart kind took ~400 ms at 4× CPU for that
 * (issue 11). An instance keeps the type it was first rendered with: switching from the lazy
 * wrapper to the loaded component under a mounted instance would remount it, and a picker panel
 * opened before its code arrived would lose its filter text and the keyboard focus.
 *
 * After a failed load, rendering does not load again by itself (React renders a failed instance once
 * more before it calls the error boundary, which would loop): a new `preload()` call, as an error
 * boundary's "Try again" makes before it mounts a new instance, starts a new attempt.
 */
export interface Preloadable<P> {
  Component: ComponentType<P>;
  /** Starts loading the code (once; again after a failure). */
  preload: () => Promise<unknown>;
  /** `preload` for callers that only fetch ahead or retry: a failure shows where the component renders. */
  warm: () => Promise<void>;
}

export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  let failed = false;
  const preload = () => {
    if (!pending) {
      const retry = failed;
      failed = false;
      const attempt = load().then(
        (m) => {
          loaded = m.default;
          return m;
        },
        (error: unknown) => {
          pending = null;
          failed = true;
          throw error;
        },
      );
      pending = attempt;
      // React.lazy keeps a rejection for good: a new attempt gets a new wrapper, for new instances.
      if (retry) Lazy = lazy(() => attempt);
    }
    return pending;
  };
  let Lazy = lazy(preload);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per component when its module loads, never during a render.
  function Preloaded(props: P) {
    const [Type] = useState<ComponentType<P>>(() => loaded ?? (Lazy as unknown as ComponentType<P>));
    return createElement(Type, props);
  }
  const warm = () =>
    preload().then(
      () => undefined,
      () => undefined,
    );
  return { Component: Preloaded, preload, warm };
}
