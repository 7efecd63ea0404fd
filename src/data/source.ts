/**
 * Where data comes from: over HTTP in the browser (here), from memory and disk while
 * prerendering (build/disk-source.ts). Queries read it from their services.
 */
import { FetchError, NotFoundError, StaleDeployError, UnreachableError } from './errors.ts';

export interface DataSource {
  /** A JSON file under this build's data folder, e.g. `pages/1.json`. */
  json<T>(path: string): Promise<T>;
  /** A post's Markdown, e.g. `posts/lets-go.md`. */
  text(path: string): Promise<string>;
}

const timeoutMs = 15_000;

async function get(url: string, accept: 'json' | 'text'): Promise<Response> {
  let response: Response;
  // What AbortSignal.timeout() does (it covers reading the body too), on a timer a test's clock can move.
  const timeout = new AbortController();
  setTimeout(() => timeout.abort(new DOMException('No answer in time', 'TimeoutError')), timeoutMs);
  try {
    response = await fetch(url, { signal: timeout.signal });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw timedOut ? new FetchError(url, 'The server took too long to answer.') : new UnreachableError(url);
  }
  if (response.status === 404) throw new NotFoundError(url);
  if (!response.ok)
    throw new FetchError(url, `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html')) {
    // A host that answers every path with index.html: the file is really missing.
    throw new StaleDeployError(url, 'The server sent a web page where data was expected; this content may have moved.');
  }
  if (accept === 'json' && type && !type.includes('json')) {
    throw new FetchError(url, `The server sent ${type.split(';')[0]} where JSON was expected.`);
  }
  return response;
}

export function httpSource(base: string, dataId: string): DataSource {
  const dataRoot = `${base}data/${dataId}/`;
  return {
    async json<T>(path: string) {
      const url = dataRoot + path;
      const response = await get(url, 'json').catch(async (error: unknown) => {
        // A missing file in a data folder that is gone entirely means a newer deploy.
        if (error instanceof NotFoundError && path !== 'site.json') {
          const probe = await fetch(`${dataRoot}site.json`, { method: 'HEAD' }).catch(() => undefined);
          if (probe?.status === 404) throw new StaleDeployError(url);
        }
        throw error;
      });
      try {
        return (await response.json()) as T;
      } catch {
        throw new FetchError(url, 'The data arrived damaged or incomplete.');
      }
    },
    async text(path: string) {
      const url = base + path;
      const response = await get(url, 'text');
      return response.text();
    },
  };
}
