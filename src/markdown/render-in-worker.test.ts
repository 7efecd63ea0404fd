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

beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('renderInWorker', () => {
  it('resolves with the first answer; the highlighted text goes to `highlighted`', async () => {
    const { renderInWorker } = await import('./render-in-worker.ts');
    const highlighted = vi.fn();
    const rendered = renderInWorker('```go\nx\n```', { base: '/' }, highlighted);
    const { id } = FakeWorker.last.requests[0] as { id: number };
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
    const rendered = renderInWorker('text', { base: '/' }, highlighted);
    const { id } = FakeWorker.last.requests[0] as { id: number };
    FakeWorker.last.reply({ id, body: body('text'), final: true });
    expect(await rendered).toEqual(body('text'));
    FakeWorker.last.reply({ id, body: body('later'), final: true });
    expect(highlighted).not.toHaveBeenCalled();
  });

  it('fails with the worker’s error; one after the plain text keeps it', async () => {
    const { renderInWorker } = await import('./render-in-worker.ts');
    const failing = renderInWorker('a', { base: '/' });
    const [first] = FakeWorker.last.requests as { id: number }[];
    FakeWorker.last.reply({ id: first!.id, error: 'broken' });
    await expect(failing).rejects.toThrow('broken');

    const highlighted = vi.fn();
    const plain = renderInWorker('```go\nx\n```', { base: '/' }, highlighted);
    const { id } = FakeWorker.last.requests[1] as { id: number };
    FakeWorker.last.reply({ id, body: body('plain'), final: false });
    FakeWorker.last.reply({ id, error: 'highlighter failed to load' });
    expect(await plain).toEqual(body('plain'));
    expect(highlighted).not.toHaveBeenCalled();
  });
});
