/** Posts and a site for the feed and sitemap tests. */
import type { Blog } from '../content/collect-posts.ts';
import type { PostSummary } from '../schema/post.ts';
import type { SiteConfig } from '../schema/site.ts';

export const testSite: SiteConfig = {
  title: 'Notes & <Things>',
  description: 'A blog about "systems".',
  author: 'Ada',
  bio: 'Hi.',
  links: [],
  baseUrl: 'https://example.com/blog/',
  postsPerPage: 10,
  language: 'en',
  feedContent: 'full',
};

const summary = (over: Partial<PostSummary> & Pick<PostSummary, 'slug' | 'title' | 'date'>): PostSummary => ({
  summary: `About ${over.title} & more <b>bold</b>.`,
  authors: [{ name: 'Ada', slug: 'ada' }],
  tags: [],
  words: 100,
  readingMinutes: 1,
  ...over,
});

export const newer = summary({
  slug: 'lets-go',
  title: 'Lets Go: <part one>',
  date: '2024-03-02T09:30:00-07:00',
  updated: '2024-03-05',
  authors: [{ name: 'Guest', slug: 'guest' }],
  tags: [{ name: 'go', slug: 'go' }],
  series: { name: 'Lets Go', slug: 'lets-go', part: 1, total: 1 },
});
export const older = summary({ slug: 'first-post', title: 'First post', date: '2023-12-31' });

export const testBlog: Blog = {
  posts: [newer, older],
  tags: [{ name: 'go', slug: 'go', count: 1, posts: [newer] }],
  series: [{ name: 'Lets Go', slug: 'lets-go', posts: [newer] }],
  authors: [
    { name: 'Guest', slug: 'guest', count: 1, posts: [newer] },
    { name: 'Ada', slug: 'ada', count: 1, posts: [older] },
  ],
  aliases: [],
};
