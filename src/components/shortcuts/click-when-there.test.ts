// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clickWhenThere } from './click-when-there.ts';

const page = () => {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
};
const link = (clicks: string[], name: string) => {
  const a = document.createElement('a');
  a.className = 'post-nav-newer';
  a.addEventListener('click', (event) => {
    event.preventDefault();
    clicks.push(name);
  });
  return a;
};
const settle = () => new Promise((resolve) => setTimeout(resolve));

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('clickWhenThere', () => {
  it('clicks a link that is there at once', () => {
    const clicks: string[] = [];
    const p = page();
    p.append(link(clicks, 'newer'));
    clickWhenThere(p, '.post-nav-newer', new AbortController().signal);
    expect(clicks).toEqual(['newer']);
  });

  it('clicks the link once the page renders it (a key pressed just after the page showed)', async () => {
    const clicks: string[] = [];
    const p = page();
    clickWhenThere(p, '.post-nav-newer', new AbortController().signal);
    expect(clicks).toEqual([]);
    p.append(document.createElement('p'));
    await settle();
    expect(clicks).toEqual([]);
    p.append(link(clicks, 'newer'));
    await settle();
    expect(clicks).toEqual(['newer']);
    p.append(link(clicks, 'again'));
    await settle();
    expect(clicks).toEqual(['newer']);
  });

  it('not after a newer key, nor after the wait', async () => {
    const clicks: string[] = [];
    const first = page();
    const key = new AbortController();
    clickWhenThere(first, '.post-nav-newer', key.signal);
    key.abort();
    first.append(link(clicks, 'aborted'));
    await settle();

    vi.useFakeTimers();
    const second = page();
    clickWhenThere(second, '.post-nav-newer', new AbortController().signal);
    vi.advanceTimersByTime(2001);
    vi.useRealTimers();
    second.append(link(clicks, 'late'));
    await settle();
    expect(clicks).toEqual([]);
  });
});
