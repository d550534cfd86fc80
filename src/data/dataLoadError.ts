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
