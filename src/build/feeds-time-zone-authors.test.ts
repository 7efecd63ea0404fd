import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../schema/post.ts';
import type { SiteConfig } from '../schema/site.ts';
import { feedFiles } from './feeds.ts';

const site: SiteConfig = {
  title: 'Blog',
  description: 'A blog',
  author: 'Site Author',
  bio: '',
  links: [],
  baseUrl: 'https://example.com/blog/',
  postsPerPage: 10,
  language: 'en',
  feedContent: 'summary',
  timeZone: 'Asia/Tokyo',
};

const post = (slug: string, date: string, extra: Partial<PostSummary> = {}): PostSummary => ({
  slug,
  title: slug,
  date,
  summary: `About ${slug}.`,
  authors: [{ name: 'Ann', slug: 'ann' }],
  tags: [],
  words: 10,
  readingMinutes: 1,
  ...extra,
});

const files = (posts: PostSummary[]) =>
  feedFiles({ title: 'Blog', description: 'A blog', pagePath: '/', dir: '', items: posts.map((p) => ({ post: p })) }, site);

describe('feedFiles: authors', () => {
  it('names every author of a post with the URL of their page, in each format', () => {
    const out = files([
      post('two', '2024-05-01', {
        authors: [
          { name: 'Ann', slug: 'ann' },
          { name: 'Bob & Co', slug: 'bob-and-co' },
        ],
      }),
    ]);
    expect(out.get('feed.xml')).toContain('<dc:creator>Ann</dc:creator>\n<dc:creator>Bob &amp; Co</dc:creator>');
    expect(out.get('atom.xml')).toContain(
      '<author><name>Ann</name><uri>https://example.com/blog/authors/ann</uri></author>\n<author><name>Bob &amp; Co</name><uri>https://example.com/blog/authors/bob-and-co</uri></author>',
    );
    const json = JSON.parse(out.get('feed.json')!) as { items: { authors: unknown }[] };
    expect(json.items[0]!.authors).toEqual([
      { name: 'Ann', url: 'https://example.com/blog/authors/ann' },
      { name: 'Bob & Co', url: 'https://example.com/blog/authors/bob-and-co' },
    ]);
  });
});

describe('feedFiles: dates in the site time zone', () => {
  it('writes a date without an offset as the instant it names in the site zone', () => {
    const out = files([
      post('local', '2024-05-01T09:30'),
      post('bare', '2024-04-01'),
      post('offset', '2024-03-01T10:00:00+02:00'),
    ]);
    const json = JSON.parse(out.get('feed.json')!) as { items: { date_published: string }[] };
    expect(json.items.map((i) => i.date_published)).toEqual([
      '2024-05-01T00:30:00Z',
      '2024-03-31T15:00:00Z',
      '2024-03-01T10:00:00+02:00',
    ]);
    expect(out.get('atom.xml')).toContain('<updated>2024-05-01T00:30:00Z</updated>');
    expect(out.get('feed.xml')).toContain('<pubDate>Wed, 01 May 2024 00:30:00 GMT</pubDate>');
    expect(out.get('feed.xml')).toContain('<pubDate>Sun, 31 Mar 2024 15:00:00 GMT</pubDate>');
  });
});
