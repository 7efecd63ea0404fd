/**
 * The browser's way to render Markdown: in a Web Worker (one, started on first use).
 * Where a worker cannot start, the same renderer runs on the main thread.
 */
import type { BodyHtml } from './body-html.ts';
import type { RenderOptions } from './markdown-to-hast.ts';
import type { WorkerReply, WorkerRequest } from './markdown-worker.ts';

let worker: Worker | undefined;
let nextId = 0;
interface Request {
  resolve: (body: BodyHtml) => void;
  reject: (error: Error) => void;
  highlighted?: ((body: BodyHtml) => void) | undefined;
  answered?: boolean;
}
const pending = new Map<number, Request>();

/** Starts the worker (and so the download of its script) if it is not running. */
export function startWorker(): Worker | undefined {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    const request = pending.get(data.id);
    if (!request) return;
    if ('error' in data || data.final) pending.delete(data.id);
    if ('error' in data) request.reject(new Error(data.error));
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
    worker = undefined;
  };
  return worker;
}

/**
 * Resolves with the text as soon as it is rendered; when its code was left plain (the
 * highlighter still on its way), `highlighted` gets the text again with its code coloured.
 */
export async function renderInWorker(
  markdown: string,
  options: RenderOptions,
  highlighted?: (body: BodyHtml) => void,
): Promise<BodyHtml> {
  const target = startWorker();
  if (!target) return (await import('./body-html.ts')).markdownToBodyHtml(markdown, options);
  const id = nextId++;
  return new Promise<BodyHtml>((resolve, reject) => {
    pending.set(id, { resolve, reject, highlighted });
    target.postMessage({ id, markdown, options } satisfies WorkerRequest);
  });
}
