import { type DatasetIndex, indexSteps } from './derive';

/** How long one slice of the work may hold the main thread (the Long Tasks API counts from 50 ms). */
const SLICE_MS = 30;

/** Gives the main thread back (input, paint), then goes on: scheduler.yield where the browser has it. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `indexDataset` in slices of about `SLICE_MS`, the main thread given back between them: the index of
 * a dataset with a large import (50,000 rows: half a second at 4× CPU) without one long task.
 */
export function indexInSlices(
  dataset: Parameters<typeof indexSteps>[0],
  pause: () => Promise<void> = yieldToMain,
  sliceMs: number = SLICE_MS,
): Promise<DatasetIndex> {
  return inSlices(indexSteps(dataset), pause, sliceMs);
}

/** Runs a generator of steps to its end in slices of about `sliceMs`, pausing between them. */
export async function inSlices<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void> = yieldToMain,
  sliceMs: number = SLICE_MS,
): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < sliceMs) continue;
    await pause();
    sliceStart = performance.now();
  }
}
