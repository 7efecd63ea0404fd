/** Errors the data layer raises, with a message a reader can act on. */
export class NotFoundError extends Error {
  readonly status = 404;
  constructor(readonly url: string) {
    super(`Nothing was found at ${url}.`);
    this.name = 'NotFoundError';
  }
}

export class FetchError extends Error {
  constructor(
    readonly url: string,
    message: string,
    /** True when the data belongs to an older deploy: reloading the page fixes it. */
    readonly stale = false,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export const isNotFound = (error: unknown): error is NotFoundError => error instanceof NotFoundError;
