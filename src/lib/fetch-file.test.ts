import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFile } from './fetch-file.ts';

const offline = () => vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
/** A cache storage holding `kept` (URL → text), as offline reading leaves it. */
const keptCopies = (kept: Record<string, string>) =>
  vi.stubGlobal('caches', {
    match: (url: string) => Promise.resolve(url in kept ? new Response(kept[url]) : undefined),
  });

afterEach(() => vi.unstubAllGlobals());

describe('fetchFile', () => {
  it('offline, answers with the copy offline reading kept', async () => {
    offline();
    keptCopies({ '/posts/a.md': '# A' });
    const fetched = await fetchFile('/posts/a.md');
    expect('file' in fetched && (await fetched.file.text())).toBe('# A');
  });

  it('offline with no copy kept, or no cache storage, says the file was out of reach', async () => {
    offline();
    keptCopies({});
    expect(await fetchFile('/posts/b.md')).toEqual({ noFile: { unreachable: true } });
    vi.stubGlobal('caches', undefined);
    expect(await fetchFile('/posts/b.md')).toEqual({ noFile: { unreachable: true } });
  });

  it('online, a kept copy never stands in for an error answer', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' })));
    keptCopies({ '/posts/a.md': '# A' });
    expect(await fetchFile('/posts/a.md')).toEqual({
      noFile: { status: 404, statusText: 'Not Found', contentType: 'text/plain;charset=UTF-8' },
    });
  });
});
