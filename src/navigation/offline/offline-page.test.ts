import { describe, expect, it } from 'vitest';
import { isKeepPosts } from './messages.ts';
import { fillOfflinePage, keptTitle, postsMarker } from './offline-page.ts';

const page = `<main><h1>You are offline</h1>${postsMarker}</main>`;

describe('the offline page', () => {
  it('lists the kept posts as links, titles as the kept pages escaped them', () => {
    const title = keptTitle('<head><meta property="og:title" content="Tom &amp; Jerry&#39;s &lt;b&gt;"></head>')!;
    expect(title).toBe('Tom &amp; Jerry&#39;s &lt;b&gt;');
    expect(fillOfflinePage(page, [{ href: '/blog/posts/tj', titleHtml: title }])).toBe(
      '<main><h1>You are offline</h1><p>These posts are saved in this browser and read without a connection:</p>\n' +
        '<ul class="offline-posts"><li><a href="/blog/posts/tj">Tom &amp; Jerry&#39;s &lt;b&gt;</a></li></ul></main>',
    );
  });

  it('says how posts get kept when there are none', () => {
    expect(fillOfflinePage(page, [])).toContain('No posts are saved yet: a post you open while online is kept');
    expect(keptTitle('<title>x</title>')).toBeUndefined();
  });

  it('inserts `$` patterns literally', () => {
    expect(fillOfflinePage(page, [{ href: '/posts/a', titleHtml: "$& and $'" }])).toContain(`>$& and $'</a>`);
  });
});

describe('messages', () => {
  it('accepts only a list of slugs to keep', () => {
    expect(isKeepPosts({ type: 'keep-posts', slugs: ['a', 'b'] })).toBe(true);
    expect(isKeepPosts({ type: 'keep-posts', slugs: [1] })).toBe(false);
    expect(isKeepPosts({ type: 'other', slugs: [] })).toBe(false);
    expect(isKeepPosts(null)).toBe(false);
  });
});
