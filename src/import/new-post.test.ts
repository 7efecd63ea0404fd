import { describe, expect, it } from 'vitest';
import { loadPost } from '../content/load-post.ts';
import { newPost } from './new-post.ts';

const now = Date.UTC(2026, 11, 5, 4, 30, 15);

describe('newPost', () => {
  it('makes a valid slug and front matter dated now with the site offset', () => {
    const post = newPost({
      title: 'Über C++: a "first" look',
      tags: ['go', ' Distributed Systems '],
      series: 'Lets Go',
      timeZone: 'America/Los_Angeles',
      now,
    });
    expect(post.slug).toBe('uber-c-plus-plus-a-first-look');
    expect(post.text).toContain('date: 2026-12-04T20:30:15-08:00\n');
    const { diagnostics, post: loaded } = loadPost(`public/posts/${post.slug}.md`, post.text);
    expect(diagnostics).toEqual([]);
    expect(loaded!.frontMatter).toEqual({
      title: 'Über C++: a "first" look',
      date: '2026-12-04T20:30:15-08:00',
      tags: ['go', 'Distributed Systems'],
      series: 'Lets Go',
    });
  });

  it('dates in UTC without a time zone and refuses a title without a letter or digit', () => {
    expect(newPost({ title: 'Hello', now }).text).toBe(
      '---\ntitle: Hello\ndate: 2026-12-05T04:30:15Z\n---\n\nThe first paragraph is the summary.\n',
    );
    expect(() => newPost({ title: '!!!' })).toThrow(/no letter or digit/);
  });
});
