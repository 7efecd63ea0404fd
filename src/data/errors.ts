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
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** No answer at all: the reader is offline, or the server is out of reach. */
export class UnreachableError extends FetchError {
  constructor(url: string) {
    super(url, 'Could not reach the server. Check your connection.');
    this.name = 'UnreachableError';
  }
}

/**
 * Code or data of an older deploy that the server no longer has: reloading the page
 * gets the new deploy. Raised where such a file is asked for (data, a view's code, the
 * Markdown worker), so nothing has to guess it from an error's text.
 */
export class StaleDeployError extends FetchError {
  constructor(url: string, message = 'This site was updated while the page was open.') {
    super(url, message);
    this.name = 'StaleDeployError';
  }
}

export const isNotFound = (error: unknown): error is NotFoundError => error instanceof NotFoundError;

/** Loads a module of this deploy's code; a failure means the file is gone (a newer deploy) or out of reach. */
export function loadCode<T>(name: string, load: () => Promise<T>): Promise<T> {
  return load().catch(() => {
    throw new StaleDeployError(name);
  });
}
