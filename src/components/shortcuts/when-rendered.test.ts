// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenRendered } from './when-rendered.ts';

/** A page stack frame showing `path`. */
const frame = (path = '/posts/a') => {
  const element = document.createElement('div');
  element.dataset.page = 'current';
  element.dataset.path = path;
  document.body.append(element);
  return element;
};
const link = (name: string) => {
  const a = document.createElement('a');
  a.className = 'post-nav-newer';
  a.textContent = name;
  return a;
};
const settle = () => new Promise((resolve) => setTimeout(resolve));

afterEach(() => document.body.replaceChildren());

describe('whenRendered', () => {
  it('takes a link that is there at once', () => {
    const used: string[] = [];
    const page = frame();
    page.append(link('newer'));
    whenRendered(page, '.post-nav-newer', new AbortController().signal, (a) => used.push(a.textContent));
    expect(used).toEqual(['newer']);
  });

  it('takes the link once the page renders it, however late (a key pressed just after the page showed)', async () => {
    const used: string[] = [];
    const page = frame();
    whenRendered(page, '.post-nav-newer', new AbortController().signal, (a) => used.push(a.textContent));
    page.append(document.createElement('p'));
    await settle();
    expect(used).toEqual([]);
    // A busy phone: the link comes long after the key.
    vi.useFakeTimers();
    vi.advanceTimersByTime(10_000);
    vi.useRealTimers();
    page.append(link('newer'));
    await settle();
    expect(used).toEqual(['newer']);
    page.append(link('again'));
    await settle();
    expect(used).toEqual(['newer']);
  });

  it('not after a newer key, once the page is left, nor once the frame shows another page', async () => {
    const used: string[] = [];
    const use = (a: Element) => used.push(a.textContent);

    const keyed = frame();
    const key = new AbortController();
    whenRendered(keyed, '.post-nav-newer', key.signal, use);
    key.abort();
    keyed.append(link('after another key'));

    const left = frame();
    whenRendered(left, '.post-nav-newer', new AbortController().signal, use);
    left.dataset.page = 'left';
    await settle();
    left.append(link('on a page left'));

    const reused = frame('/posts/a');
    whenRendered(reused, '.post-nav-newer', new AbortController().signal, use);
    reused.dataset.path = '/posts/b';
    reused.append(link('on another page'));

    await settle();
    expect(used).toEqual([]);
  });
});
