/**
 * The browser's way to render Markdown: in a Web Worker (one, started on first use).
 * Where a worker cannot start, the same renderer runs on the main thread.
 */
import { fetchFile, fetchTimeoutMs, type NoFile } from '../lib/fetch-file.ts';
import type { BodyHtml, BodyOptions } from './body-html.ts';
import type { FetchedFile, WorkerReply, WorkerRequest } from './markdown-worker.ts';

let worker: Worker | undefined;
/** The worker has run its code: a file it is asked to fetch leaves at once. */
let running = false;
let nextId = 0;
interface Request {
  resolve: (body: BodyHtml) => void;
  reject: (error: Error) => void;
  highlighted?: ((body: BodyHtml) => void) | undefined;
  answered?: boolean;
  /** The file the worker fetches. */
  url?: string;
}
const pending = new Map<number, Request>();
type Fetched = Awaited<ReturnType<typeof fetchFile>>;
/** Files the worker fetches for the page, by request id; with their URL, to be fetched here if the worker fails. */
const fetches = new Map<number, { url: string; done: (fetched: Fetched) => void }>();

/** The Markdown file the worker was asked to fetch did not come: `noFile` says why. */
export class MarkdownNotFetched extends Error {
  constructor(
    readonly url: string,
    readonly noFile: NoFile,
  ) {
    super(`The Markdown at ${url} did not come.`);
    this.name = 'MarkdownNotFetched';
  }
}

/** Starts the worker (and so the download of its script) if it is not running. */
export function startWorker(): Worker | undefined {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    if (data === 'running') {
      running = true;
      return;
    }
    const asked = fetches.get(data.id);
    if (asked && ('fetched' in data || 'noFile' in data)) {
      fetches.delete(data.id);
      asked.done('fetched' in data ? { file: asResponse(data.fetched) } : { noFile: data.noFile });
      return;
    }
    const request = pending.get(data.id);
    if (!request || 'fetched' in data) return;
    if (!('body' in data) || data.final) pending.delete(data.id);
    if ('error' in data) request.reject(new Error(data.error));
    else if ('noFile' in data) request.reject(new MarkdownNotFetched(request.url ?? '', data.noFile));
    else if (request.answered) request.highlighted?.(data.body);
    else {
      request.answered = true;
      request.resolve(data.body);
    }
  };
  worker.onerror = (event) => {
    // The worker failed to load (e.g. its file is gone after a deploy): fail what waits, start afresh next time.
    event.preventDefault();
    for (const request of pending.values()) request.reject(new Error('Importing a module script failed: markdown worker'));
    pending.clear();
    for (const { url, done } of fetches.values()) void fetchFile(url).then(done);
    fetches.clear();
    worker = undefined;
    running = false;
  };
  return worker;
}

/** Whether the worker fetches files itself now: one still starting would hold the request back until it runs. */
export const fetchesFiles = (): boolean => running;

/**
 * What the worker renders: a text with its options, or (see `fetchesFiles`) a file it fetches
 * itself and parses while the options are on their way.
 */
export type WorkerSource = { markdown: string; options: BodyOptions } | { url: string; options: Promise<BodyOptions> };

/**
 * Resolves with the text as soon as it is rendered; when its code was left plain (the
 * highlighter still on its way), `highlighted` gets the text again with its code coloured.
 * A file that does not come rejects with MarkdownNotFetched.
 */
export async function renderInWorker(source: WorkerSource, highlighted?: (body: BodyHtml) => void): Promise<BodyHtml> {
  const target = startWorker();
  if (!target) {
    if (!('markdown' in source)) throw new Error('No worker to fetch the Markdown.');
    return (await import('./body-html.ts')).markdownToBodyHtml(source.markdown, source.options);
  }
  const id = nextId++;
  const post = (request: WorkerRequest) => target.postMessage(request);
  return new Promise<BodyHtml>((resolve, reject) => {
    pending.set(id, { resolve, reject, highlighted, ...('url' in source && { url: source.url }) });
    if ('markdown' in source) {
      post({ id, markdown: source.markdown, options: source.options });
      return;
    }
    post({ id, url: source.url });
    source.options.then(
      (options) => post({ id, options }),
      (error: unknown) => {
        post({ id });
        pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

const asResponse = ({ text, contentType }: FetchedFile) => new Response(text, { headers: { 'content-type': contentType } });

/**
 * fetchFile, made by the worker when it runs (see `fetchesFiles`): the request leaves from
 * its thread at once and its answer is read there, so neither waits for the main thread;
 * a post's data then leaves with its Markdown. Made here when the worker is not running.
 */
export function fetchInWorker(url: string): Promise<Fetched> {
  if (!running || !worker) return fetchFile(url);
  const id = nextId++;
  const target = worker;
  return new Promise<Fetched>((done) => {
    fetches.set(id, { url, done });
    target.postMessage({ id, fetch: url } satisfies WorkerRequest);
    // The page gives up when fetchFile would, on its own clock (the one a test moves); a late answer is dropped.
    setTimeout(() => fetches.delete(id) && done({ noFile: { timedOut: true } }), fetchTimeoutMs);
  });
}
