/** Runs `callback` when the browser is idle (or after 2 s where it cannot say): for work nobody waits for. */
export function whenIdle(callback: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(callback);
  else setTimeout(callback, 2000);
}
