import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BodyHtml } from './body-html.ts';
import type { WorkerReply, WorkerRequest } from './markdown-worker.ts';

/** A worker that records what it is asked and answers when the test says. */
class FakeWorker {
  static last: FakeWorker;
  requests: WorkerRequest[] = [];
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: WorkerRequest) {
    this.requests.push(request);
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data });
  }
}

const body = (first: string): BodyHtml => ({ first, rest: '', toc: [] });

/** The worker's nth request: a text and its options leave at once, in the same task. */
const requested = (n: number): WorkerRequest => FakeWorker.last.requests[n]!;

beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('renderInWorker', () => {
  it('resolves with the first answer; the highlighted text goes to `highlighted`', async () => {
    const { renderInWorker } = await import('./render-in-worker.ts');
    const highlighted = vi.fn();
    const rendered = renderInWorker({ markdown: '```go\nx\n```', options: { base: '/' } }, highlighted);
    const { id } = requested(0);
    FakeWorker.last.reply({ id, body: body('plain'), final: false });
    expect(await rendered).toEqual(body('plain'));
    expect(highlighted).not.toHaveBeenCalled();
    FakeWorker.last.reply({ id, body: body('coloured'), final: true });
    expect(highlighted).toHaveBeenCalledWith(body('coloured'));
    // Done with: a stray answer for it changes nothing.
    FakeWorker.last.reply({ id, body: body('again'), final: true });
    expect(highlighted).toHaveBeenCalledTimes(1);
  });

  it('a final first answer is all there is', async () => {
    const { renderInWorker } = await import('./render-in-worker.ts');
    const highlighted = vi.fn();
    const rendered = renderInWorker({ markdown: 'text', options: { base: '/' } }, highlighted);
    const { id } = requested(0);
    FakeWorker.last.reply({ id, body: body('text'), final: true });
    expect(await rendered).toEqual(body('text'));
    FakeWorker.last.reply({ id, body: body('later'), final: true });
    expect(highlighted).not.toHaveBeenCalled();
  });

  it('fails with the worker’s error; one after the plain text keeps it', async () => {
    const { renderInWorker } = await import('./render-in-worker.ts');
    const failing = renderInWorker({ markdown: 'a', options: { base: '/' } });
    const first = requested(0);
    FakeWorker.last.reply({ id: first.id, error: 'broken' });
    await expect(failing).rejects.toThrow('broken');

    const highlighted = vi.fn();
    const plain = renderInWorker({ markdown: '```go\nx\n```', options: { base: '/' } }, highlighted);
    const { id } = requested(1);
    FakeWorker.last.reply({ id, body: body('plain'), final: false });
    FakeWorker.last.reply({ id, error: 'highlighter failed to load' });
    expect(await plain).toEqual(body('plain'));
    expect(highlighted).not.toHaveBeenCalled();
  });

  it('given a URL, the worker fetches it at once; the options follow when they come', async () => {
    const { renderInWorker, fetchesFiles, startWorker } = await import('./render-in-worker.ts');
    startWorker();
    expect(fetchesFiles()).toBe(false);
    FakeWorker.last.reply('running');
    expect(fetchesFiles()).toBe(true);
    let give: (options: { base: string }) => void = () => {};
    const rendered = renderInWorker({ url: '/posts/a.md', options: new Promise((resolve) => (give = resolve)) });
    const { id } = requested(0);
    expect(FakeWorker.last.requests).toEqual([{ id, url: '/posts/a.md' }]);
    give({ base: '/' });
    await vi.waitFor(() =>
      expect(FakeWorker.last.requests).toEqual([
        { id, url: '/posts/a.md' },
        { id, options: { base: '/' } },
      ]),
    );
    FakeWorker.last.reply({ id, body: body('a'), final: true });
    expect(await rendered).toEqual(body('a'));
  });

  it('a file that did not come fails with why; options that fail tell the worker to give up', async () => {
    const { renderInWorker, MarkdownNotFetched } = await import('./render-in-worker.ts');
    const missing = renderInWorker({ url: '/posts/gone.md', options: Promise.resolve({ base: '/' }) });
    const { id } = requested(0);
    FakeWorker.last.reply({ id, noFile: { status: 404, statusText: 'Not Found', contentType: 'text/plain' } });
    const error = await missing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarkdownNotFetched);
    expect(error).toMatchObject({ url: '/posts/gone.md', noFile: { status: 404 } });

    const broken = renderInWorker({ url: '/posts/b.md', options: Promise.reject(new Error('no data')) });
    await expect(broken).rejects.toThrow('no data');
    const { id: second } = requested(2);
    expect(FakeWorker.last.requests.slice(2)).toEqual([{ id: second, url: '/posts/b.md' }, { id: second }]);
  });

  it('fetchInWorker: a running worker fetches the file and its answer reads as fetchFile’s would', async () => {
    const { fetchInWorker, startWorker } = await import('./render-in-worker.ts');
    startWorker();
    FakeWorker.last.reply('running');
    const found = fetchInWorker('/data/x/posts/a.json');
    const missing = fetchInWorker('/data/x/posts/b.json');
    const [a, b] = [requested(0), requested(1)];
    expect([a, b]).toEqual([
      { id: a.id, fetch: '/data/x/posts/a.json' },
      { id: b.id, fetch: '/data/x/posts/b.json' },
    ]);
    // Answers in any order, each to its own request.
    const noFile = { status: 404, statusText: 'Not Found', contentType: 'text/plain' };
    FakeWorker.last.reply({ id: b.id, noFile });
    FakeWorker.last.reply({ id: a.id, fetched: { text: '{"a":1}', contentType: 'application/json' } });
    expect(await missing).toEqual({ noFile });
    const answer = await found;
    if (!('file' in answer)) throw new Error('no file');
    expect(answer.file.headers.get('content-type')).toBe('application/json');
    expect(await answer.file.json()).toEqual({ a: 1 });
  });

  it('fetchInWorker: fetched by the page while the worker is not running, or when it fails', async () => {
    const pageFetch = vi.fn((url: string) => Promise.resolve(new Response(`page:${url}`)));
    vi.stubGlobal('fetch', pageFetch);
    const { fetchInWorker, startWorker } = await import('./render-in-worker.ts');
    const text = async (answer: Promise<Awaited<ReturnType<typeof fetchInWorker>>>) => {
      const a = await answer;
      return 'file' in a ? a.file.text() : a;
    };
    expect(await text(fetchInWorker('/one.json'))).toBe('page:/one.json');
    startWorker();
    FakeWorker.last.reply('running');
    const lost = fetchInWorker('/two.json');
    expect(pageFetch).toHaveBeenCalledTimes(1);
    FakeWorker.last.onerror?.({ preventDefault() {} });
    expect(await text(lost)).toBe('page:/two.json');
  });

  it('fetchInWorker: with no answer in time, the page gives up on its own clock, as fetchFile would', async () => {
    vi.useFakeTimers();
    try {
      const { fetchInWorker, startWorker } = await import('./render-in-worker.ts');
      const { fetchTimeoutMs } = await import('../lib/fetch-file.ts');
      startWorker();
      FakeWorker.last.reply('running');
      const slow = fetchInWorker('/data/x/posts/slow.json');
      await vi.advanceTimersByTimeAsync(fetchTimeoutMs - 1);
      const answer = vi.fn();
      void slow.then(answer);
      await vi.advanceTimersByTimeAsync(0);
      expect(answer).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(await slow).toEqual({ noFile: { timedOut: true } });
    } finally {
      vi.useRealTimers();
    }
  });
});
