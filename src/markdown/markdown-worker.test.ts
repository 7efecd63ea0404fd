import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerReply, WorkerRequest } from './markdown-worker.ts';

/** The worker's global scope: what the page sends it, and what it answers. */
const scope = {
  onmessage: null as ((event: { data: WorkerRequest }) => void) | null,
  replies: [] as WorkerReply[],
  postMessage(reply: WorkerReply) {
    this.replies.push(reply);
  },
};
const send = (data: WorkerRequest) => scope.onmessage?.({ data });
const answersTo = (id: number) => scope.replies.filter((r) => typeof r === 'object' && r.id === id);

beforeEach(async () => {
  scope.replies = [];
  vi.resetModules();
  vi.stubGlobal('self', scope);
  vi.stubGlobal('fetch', (url: string) =>
    Promise.resolve(
      url === '/posts/a.md'
        ? new Response('# A\n\nThe *text*.', { headers: { 'content-type': 'text/markdown' } })
        : new Response('not found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } }),
    ),
  );
  await import('./markdown-worker.ts');
});
afterEach(() => vi.unstubAllGlobals());

describe('the Markdown worker', () => {
  it('says it runs as soon as its code has', () => {
    expect(scope.replies[0]).toBe('running');
  });

  it('fetches a file it is given and renders it with the options that follow', async () => {
    send({ id: 1, url: '/posts/a.md' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Parsed, but not rendered without the post's options.
    expect(answersTo(1)).toEqual([]);
    send({ id: 1, options: { base: '/', title: 'A' } });
    await vi.waitFor(() => expect(answersTo(1)).toHaveLength(1));
    expect(answersTo(1)[0]).toEqual({
      id: 1,
      body: { first: '<p dir="auto">The <em>text</em>.</p>', rest: '', toc: [] },
      final: true,
    });
  });

  it('a file that does not come: the page is told why, and nothing else', async () => {
    send({ id: 2, url: '/posts/gone.md' });
    await vi.waitFor(() => expect(answersTo(2)).toHaveLength(1));
    expect(answersTo(2)[0]).toEqual({ id: 2, noFile: { status: 404, statusText: 'Not Found', contentType: 'text/plain' } });
    send({ id: 2, options: { base: '/' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answersTo(2)).toHaveLength(1);
  });

  it('the page gave up on a file (its data failed): no answer', async () => {
    send({ id: 3, url: '/posts/a.md' });
    send({ id: 3 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answersTo(3)).toEqual([]);
  });

  it('fetches a file for the page and answers with its text and type, or why it did not come', async () => {
    send({ id: 5, fetch: '/posts/a.md' });
    send({ id: 6, fetch: '/data/x/posts/gone.json' });
    await vi.waitFor(() => expect(answersTo(5).length + answersTo(6).length).toBe(2));
    expect(answersTo(5)).toEqual([{ id: 5, fetched: { text: '# A\n\nThe *text*.', contentType: 'text/markdown' } }]);
    expect(answersTo(6)).toEqual([{ id: 6, noFile: { status: 404, statusText: 'Not Found', contentType: 'text/plain' } }]);
  });

  it('renders a text it is given with its options', async () => {
    send({ id: 4, markdown: 'Hello', options: { base: '/' } });
    await vi.waitFor(() =>
      expect(answersTo(4)).toEqual([{ id: 4, body: { first: '<p dir="auto">Hello</p>', rest: '', toc: [] }, final: true }]),
    );
  });

  it('a text the parser fails on is answered with the error, for that request only', async () => {
    vi.resetModules();
    vi.doMock('./parse-markdown.ts', () => ({
      parseMarkdown: (markdown: string) => {
        if (markdown === 'bad') throw new Error('parser broke');
        return { type: 'root', children: [] };
      },
    }));
    scope.replies = [];
    await import('./markdown-worker.ts');
    send({ id: 5, markdown: 'bad', options: { base: '/' } });
    send({ id: 6, markdown: 'good', options: { base: '/' } });
    await vi.waitFor(() => expect(answersTo(5)).toEqual([{ id: 5, error: 'parser broke' }]));
    await vi.waitFor(() => expect(answersTo(6)).toEqual([{ id: 6, body: { first: '', rest: '', toc: [] }, final: true }]));
    vi.doUnmock('./parse-markdown.ts');
  });
});
