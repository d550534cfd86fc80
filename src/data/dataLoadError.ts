/**
 * A fetch that explains itself: what failed (HTTP status, network, time-out, bad JSON, bad shape).
 * Its own module, so the error screen does not bring the fetch and its validation into the first load.
 */
export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/** How long a data file may take to arrive, on every link: the boot's fetch and the app's alike. */
export const FETCH_TIMEOUT_MS = 10_000;

/** The error of a server that did not answer in time. */
export const timedOut = (url: string) =>
  new DataLoadError(`The server did not answer within ${FETCH_TIMEOUT_MS / 1000} s.`, url);
