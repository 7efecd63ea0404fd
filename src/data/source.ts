/**
 * Where data comes from: over HTTP in the browser (here), from memory and disk while
 * prerendering (build/disk-source.ts). Queries read it from their services.
 */
import { fetchFile, textOf, type NoFile } from '../lib/fetch-file.ts';
import { dataFolder } from '../lib/paths.ts';
import { FetchError, NotFoundError, StaleDeployError, UnreachableError } from './errors.ts';

export interface DataSource {
  /** A JSON file under this build's data folder, e.g. `pages/1.json`. */
  json<T>(path: string): Promise<T>;
  /** A post's Markdown, e.g. `posts/lets-go.md`. */
  text(path: string): Promise<string>;
}

/** The error a reader sees for a file that did not come (lib/fetch-file.ts). */
export function noFileError(url: string, why: NoFile): FetchError {
  if ('timedOut' in why) return new FetchError(url, 'The server took too long to answer.');
  if ('unreachable' in why) return new UnreachableError(url);
  if (why.status === 404) return new NotFoundError(url);
  if (why.contentType.includes('text/html') && why.status < 400) {
    // A host that answers every path with index.html: the file is really missing.
    return new StaleDeployError(url, 'The server sent a web page where data was expected; this content may have moved.');
  }
  return new FetchError(url, `The server answered ${why.status} ${why.statusText}.`.replace(' .', '.'));
}

/** How a file is fetched: `fetchFile` in the page, or its stand-in in the Markdown worker (markdown/render-in-worker.ts). */
export type FileFetcher = typeof fetchFile;

async function get(fetcher: FileFetcher, url: string, accept: 'json' | 'text'): Promise<Response> {
  const fetched = await fetcher(url);
  if ('noFile' in fetched) throw noFileError(url, fetched.noFile);
  const response = fetched.file;
  const type = response.headers.get('content-type') ?? '';
  if (accept === 'json' && type && !type.includes('json')) {
    throw new FetchError(url, `The server sent ${type.split(';')[0]} where JSON was expected.`);
  }
  return response;
}

export function httpSource(base: string, dataId: string, fetcher: FileFetcher = fetchFile): DataSource {
  const dataRoot = base + dataFolder(dataId);
  return {
    async json<T>(path: string) {
      const url = dataRoot + path;
      const response = await get(fetcher, url, 'json').catch(async (error: unknown) => {
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
      const read = await textOf(await get(fetcher, url, 'text'));
      if ('noFile' in read) throw noFileError(url, read.noFile);
      return read.text;
    },
  };
}
