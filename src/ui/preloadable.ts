import { type ComponentType, createElement, lazy, useState } from 'react';
import { failedModuleUrl, retryUrl } from './failedModuleUrl';

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
 *
 * A new attempt does not call `load` again where it can help it (retryableImport.ts): it imports the
 * file the failed import named under a URL not seen before (`?retry=N`); the chunk's own imports keep
 * their URLs and reuse the modules already loaded. Those cannot be
 * failures kept from before when the chunk itself failed, since a browser asks for a module's imports
 * only once it has the module; a shared chunk that failed after its importer arrived would fail the
 * retry too (all but three lazy chunks import only what the page loaded first). Where the error
 * names no file (Safari), the retry calls `load` again. `pick` takes the component from the module,
 * the same for both ways in.
 */
export interface Preloadable<P> {
  Component: ComponentType<P>;
  /** Starts loading the code (once; again after a failure). */
  preload: () => Promise<unknown>;
  /** `preload` for callers that only fetch ahead or retry: a failure shows where the component renders. */
  warm: () => Promise<void>;
}

/** A module whose default export is the component. */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P>;
/** A module from which `pick` takes the component (a named export, or a wrapped one). */
export function preloadable<P extends object, M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): Preloadable<P>;
export function preloadable<P extends object, M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P> = (module) => (module as { default: ComponentType<P> }).default,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  let failed = false;
  const importModule = retryableImport(load);
  const preload = () => {
    if (!pending) {
      const retry = failed;
      const attempt = importModule().then(
        (m) => {
          loaded = pick(m);
          failed = false;
          return { default: loaded };
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

/**
 * A dynamic import that can be tried again after it failed (offline, or a deployment replaced the
 * file). A browser may keep a failed module fetch in its module map (the HTML standard says so;
 * Chromium 150 does): a second `import()` of that URL then fails at once without asking the network.
 * So after a failure, the next call imports the file the failed import named in its error under a URL
 * not seen before (`?retry=N`, same origin, so the CSP allows it); the module's own imports keep their
 * URLs. Where the error names no file (Safari), it calls `load` again.
 */
export function retryableImport<M>(load: () => Promise<M>): () => Promise<M> {
  let lastError: unknown = null;
  let retries = 0;
  return () => {
    const url =
      lastError === null || typeof location === 'undefined'
        ? null
        : failedModuleUrl(lastError, location.origin);
    if (url) retries += 1;
    const attempt = url ? (import(/* @vite-ignore */ retryUrl(url, retries)) as Promise<M>) : load();
    return attempt.then(
      (module) => {
        lastError = null;
        return module;
      },
      (error: unknown) => {
        // The first error names the file; a failed retry names its own `?retry=` URL, stripped.
        lastError = error;
        throw error;
      },
    );
  };
}
