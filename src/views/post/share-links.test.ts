import { describe, expect, it } from 'vitest';
import { shareLinks } from './share-links.ts';

describe('shareLinks', () => {
  const links = shareLinks('https://example.com/blog/posts/a-b', 'Go & Rust: a "test"?');
  const href = (label: string) => links.find((l) => l.label === label)!.href;

  it('carries the canonical URL and the title, encoded, with nothing added', () => {
    expect(href('Hacker News')).toBe(
      'https://news.ycombinator.com/submitlink?u=https%3A%2F%2Fexample.com%2Fblog%2Fposts%2Fa-b&t=Go%20%26%20Rust%3A%20a%20%22test%22%3F',
    );
    expect(new URL(href('LinkedIn')).searchParams.get('url')).toBe('https://example.com/blog/posts/a-b');
    expect(new URL(href('Bluesky')).searchParams.get('text')).toBe('Go & Rust: a "test"? https://example.com/blog/posts/a-b');
    expect(new URL(href('Mastodon')).searchParams.get('text')).toBe('Go & Rust: a "test"? https://example.com/blog/posts/a-b');
    expect(href('E-mail')).toBe(
      'mailto:?subject=Go%20%26%20Rust%3A%20a%20%22test%22%3F&body=https%3A%2F%2Fexample.com%2Fblog%2Fposts%2Fa-b',
    );
  });

  it('has no tracking parameters', () => {
    for (const { href: h } of links) expect(h).not.toMatch(/utm_|ref=|source=/);
  });
});
