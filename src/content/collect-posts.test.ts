import { describe, expect, it } from 'vitest';
import { collectPosts } from './collect-posts.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { loadPost, type LoadedPost } from './load-post.ts';

const site = { author: 'Site Author' };

/** A post as the pipeline loads it from `public/posts/<slug>.md`. */
function post(slug: string, frontMatter: string, body = 'Some text.'): LoadedPost {
  const result = loadPost(`public/posts/${slug}.md`, `---\n${frontMatter}\n---\n\n${body}\n`);
  expect(result.diagnostics).toEqual([]);
  return result.post!;
}

const collect = (posts: LoadedPost[], includeDrafts = false) => collectPosts(posts, site, { includeDrafts });
const slugs = (list: { slug: string }[]) => list.map((p) => p.slug);

describe('collectPosts: post summaries', () => {
  it('carries every field a list shows', () => {
    const { blog, diagnostics } = collect([
      post(
        'day-one',
        'title: "Day One: Mesos"\ndate: 2021-03-01T08:00:00+01:00\nupdated: 2021-03-05\ntags: [Distributed Systems, Über, papers]\nseries: Paper every day\ncover: images/mesos.png',
        'Mesos shares a cluster between frameworks.\n\n<!-- more -->\n\nDetails.',
      ),
    ]);
    expect(diagnostics).toEqual([]);
    expect(blog.posts).toEqual([
      {
        slug: 'day-one',
        title: 'Day One: Mesos',
        date: '2021-03-01T08:00:00+01:00',
        updated: '2021-03-05',
        summary: 'Mesos shares a cluster between frameworks.',
        authors: [{ name: 'Site Author', slug: 'site-author' }],
        tags: [
          { name: 'Distributed Systems', slug: 'distributed-systems' },
          { name: 'Über', slug: 'uber' },
          { name: 'papers', slug: 'papers' },
        ],
        series: { name: 'Paper every day', slug: 'paper-every-day', part: 1, total: 1 },
        words: 7,
        readingMinutes: 1,
        cover: 'images/mesos.png',
      },
    ]);
  });

  it("uses the site's author unless the post names its own", () => {
    const { blog } = collect([
      post('a', 'title: A\ndate: 2024-01-02'),
      post('b', 'title: B\ndate: 2024-01-01\nauthor: Guest Writer'),
    ]);
    expect(blog.posts.map((p) => [p.slug, p.authors.map((a) => a.name)])).toEqual([
      ['a', ['Site Author']],
      ['b', ['Guest Writer']],
    ]);
  });

  it('leaves out optional fields the post does not have', () => {
    const [summary] = collect([post('plain', 'title: Plain\ndate: 2024-01-01')]).blog.posts;
    expect(Object.keys(summary!).sort()).toEqual([
      'authors',
      'date',
      'readingMinutes',
      'slug',
      'summary',
      'tags',
      'title',
      'words',
    ]);
  });

  it('lists a tag once per post even if written twice', () => {
    const { blog } = collect([post('a', 'title: A\ndate: 2024-01-01\ntags: [Go, go, " GO ", Rust]')]);
    expect(blog.posts[0]!.tags.map((t) => t.slug)).toEqual(['go', 'rust']);
    expect(blog.tags.map((t) => [t.slug, t.count])).toEqual([
      ['go', 1],
      ['rust', 1],
    ]);
  });
});

describe('collectPosts: order', () => {
  it('puts posts newest first, comparing dates as instants with their offsets', () => {
    const posts = [
      post('utc-morning', 'title: U\ndate: 2024-01-02T01:00:00+00:00'), // 01:00 UTC on the 2nd
      post('new-york-night', 'title: N\ndate: 2024-01-01T23:00:00-05:00'), // 04:00 UTC on the 2nd
      post('date-only', 'title: D\ndate: 2024-01-02'), // 00:00 UTC on the 2nd
      post('older', 'title: O\ndate: 2023-12-31'),
      post('tokyo', 'title: T\ndate: 2024-01-02T08:00:00+09:00'), // 23:00 UTC on the 1st
    ];
    const expected = ['new-york-night', 'utc-morning', 'date-only', 'tokyo', 'older'];
    expect(slugs(collect(posts).blog.posts)).toEqual(expected);
    expect(slugs(collect([...posts].reverse()).blog.posts)).toEqual(expected);
  });

  it('keeps a stable order for posts of the same instant, whatever order the files come in', () => {
    const posts = [
      post('charlie', 'title: C\ndate: 2024-01-01'),
      post('alpha', 'title: A\ndate: 2024-01-01T00:00:00Z'),
      post('bravo', 'title: B\ndate: 2024-01-01T02:00:00+02:00'),
    ];
    expect(slugs(collect(posts).blog.posts)).toEqual(['alpha', 'bravo', 'charlie']);
    expect(slugs(collect([posts[1]!, posts[2]!, posts[0]!]).blog.posts)).toEqual(['alpha', 'bravo', 'charlie']);
    expect(slugs(collect([...posts].reverse()).blog.posts)).toEqual(['alpha', 'bravo', 'charlie']);
  });
});

describe('collectPosts: drafts', () => {
  const posts = () => [
    post('published', 'title: P\ndate: 2024-01-01\ntags: [go, shared]\nseries: Lets Go'),
    post('draft-one', 'title: D\ndate: 2024-02-01\ntags: [secret, shared]\nseries: Lets Go\ndraft: true'),
    post('not-a-draft', 'title: N\ndate: 2023-12-01\ndraft: false'),
  ];

  it('leaves drafts out of everything when includeDrafts is false', () => {
    const { blog } = collect(posts(), false);
    expect(slugs(blog.posts)).toEqual(['published', 'not-a-draft']);
    expect(blog.posts.some((p) => 'draft' in p)).toBe(false);
    expect(blog.tags.map((t) => [t.slug, t.count, slugs(t.posts)])).toEqual([
      ['go', 1, ['published']],
      ['shared', 1, ['published']],
    ]);
    expect(blog.series.map((s) => [s.slug, slugs(s.posts)])).toEqual([['lets-go', ['published']]]);
    expect(blog.posts[0]!.series).toEqual({ name: 'Lets Go', slug: 'lets-go', part: 1, total: 1 });
  });

  it('includes drafts, marked draft: true, when includeDrafts is true', () => {
    const { blog } = collect(posts(), true);
    expect(slugs(blog.posts)).toEqual(['draft-one', 'published', 'not-a-draft']);
    expect(blog.posts.map((p) => p.draft)).toEqual([true, undefined, undefined]);
    expect(blog.tags.map((t) => [t.slug, t.count])).toEqual([
      ['shared', 2],
      ['go', 1],
      ['secret', 1],
    ]);
    expect(blog.series.map((s) => [s.slug, slugs(s.posts)])).toEqual([['lets-go', ['published', 'draft-one']]]);
    expect(blog.posts[0]!.series).toEqual({ name: 'Lets Go', slug: 'lets-go', part: 2, total: 2 });
  });
});

describe('collectPosts: tags', () => {
  it('counts posts per tag, most used first, then by slug; each tag lists its posts newest first', () => {
    const { blog } = collect([
      post('a', 'title: A\ndate: 2024-01-01\ntags: [Go, Kubernetes]'),
      post('b', 'title: B\ndate: 2024-03-01\ntags: [go, Distributed Systems]'),
      post('c', 'title: C\ndate: 2024-02-01\ntags: [Kubernetes, Go, Borg]'),
      post('d', 'title: D\ndate: 2024-04-01'),
    ]);
    expect(blog.tags.map(({ name, slug, count, posts }) => ({ name, slug, count, posts: slugs(posts) }))).toEqual([
      // The name is the one written in the newest post.
      { name: 'go', slug: 'go', count: 3, posts: ['b', 'c', 'a'] },
      { name: 'Kubernetes', slug: 'kubernetes', count: 2, posts: ['c', 'a'] },
      { name: 'Borg', slug: 'borg', count: 1, posts: ['c'] },
      { name: 'Distributed Systems', slug: 'distributed-systems', count: 1, posts: ['b'] },
    ]);
  });
});

describe('collectPosts: series', () => {
  it('orders a series without seriesOrder by date, oldest first, as instants', () => {
    const { blog } = collect([
      post('day-three', 'title: Day Three\ndate: 2021-03-03\nseries: Paper every day'),
      post('day-one', 'title: Day One\ndate: 2021-03-01T23:00:00-05:00\nseries: Paper every day'), // 03-02 04:00 UTC
      post('day-two', 'title: Day Two\ndate: 2021-03-02T05:00:00+00:00\nseries: Paper every day'),
      post('day-zero', 'title: Day Zero\ndate: 2021-03-02T02:00:00+02:00\nseries: Paper every day'), // 03-02 00:00 UTC
      post('other', 'title: Other\ndate: 2021-03-10'),
    ]);
    expect(blog.series).toHaveLength(1);
    expect(blog.series[0]!.name).toBe('Paper every day');
    expect(blog.series[0]!.slug).toBe('paper-every-day');
    expect(slugs(blog.series[0]!.posts)).toEqual(['day-zero', 'day-one', 'day-two', 'day-three']);
    const parts = Object.fromEntries(blog.posts.map((p) => [p.slug, p.series && [p.series.part, p.series.total]]));
    expect(parts).toEqual({
      'day-zero': [1, 4],
      'day-one': [2, 4],
      'day-two': [3, 4],
      'day-three': [4, 4],
      other: undefined,
    });
    // The whole list stays newest first.
    expect(slugs(blog.posts)).toEqual(['other', 'day-three', 'day-two', 'day-one', 'day-zero']);
  });

  it('orders by seriesOrder before date', () => {
    const { blog } = collect([
      post('first-written', 'title: A\ndate: 2022-01-01\nseries: Lets Go\nseriesOrder: 3'),
      post('second-written', 'title: B\ndate: 2022-02-01\nseries: Lets Go\nseriesOrder: 1'),
      post('third-written', 'title: C\ndate: 2022-03-01\nseries: Lets Go\nseriesOrder: 2.5'),
    ]);
    expect(slugs(blog.series[0]!.posts)).toEqual(['second-written', 'third-written', 'first-written']);
    expect(blog.series[0]!.posts.map((p) => p.series!.part)).toEqual([1, 2, 3]);
  });

  it('groups series names that share a slug', () => {
    const { blog } = collect([
      post('a', 'title: A\ndate: 2022-01-01\nseries: One small thing per day'),
      post('b', 'title: B\ndate: 2022-01-02\nseries: One Small Thing per Day'),
    ]);
    expect(blog.series.map((s) => [s.slug, slugs(s.posts)])).toEqual([['one-small-thing-per-day', ['a', 'b']]]);
    expect(blog.posts.map((p) => p.series)).toEqual([
      { name: 'One small thing per day', slug: 'one-small-thing-per-day', part: 2, total: 2 },
      { name: 'One small thing per day', slug: 'one-small-thing-per-day', part: 1, total: 2 },
    ]);
  });

  it('lists series by their latest part, newest first', () => {
    const { blog } = collect([
      post('old-series-1', 'title: A\ndate: 2020-01-01\nseries: Old'),
      post('old-series-2', 'title: B\ndate: 2023-06-01\nseries: Old'),
      post('new-series-1', 'title: C\ndate: 2022-01-01\nseries: New'),
      post('new-series-2', 'title: D\ndate: 2024-01-01\nseries: New'),
    ]);
    expect(blog.series.map((s) => s.slug)).toEqual(['new', 'old']);
  });

  it('reports a seriesOrder used twice in one series, at the seriesOrder line of the later part', () => {
    const { diagnostics, blog } = collect([
      post('day-one', 'title: Day One\ndate: 2021-03-01\nseries: Paper every day\nseriesOrder: 1'),
      post('day-two', 'title: Day Two\ndate: 2021-03-02\ntags: [papers]\nseries: Paper every day\nseriesOrder: 1'),
      post('day-three', 'title: Day Three\ndate: 2021-03-03\nseries: Paper every day\nseriesOrder: 3'),
      // The same number in another series is fine.
      post('go-one', 'title: Go\ndate: 2021-03-04\nseries: Lets Go\nseriesOrder: 1'),
    ]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'public/posts/day-two.md:6:1: seriesOrder 1 is already used in series "Paper every day" by public/posts/day-one.md: give each part its own number',
    ]);
    expect(diagnostics[0]!.severity).toBe('error');
    expect(blog.series.find((s) => s.slug === 'paper-every-day')!.posts.length).toBe(3);
  });

  it('does not count a draft part in production', () => {
    const { diagnostics } = collect([
      post('part-one', 'title: One\ndate: 2021-03-01\nseries: S\nseriesOrder: 1'),
      post('part-one-rewrite', 'title: One again\ndate: 2021-03-02\nseries: S\nseriesOrder: 1\ndraft: true'),
    ]);
    expect(diagnostics).toEqual([]);
  });
});

describe('collectPosts: scheduled posts and the time zone', () => {
  const now = Date.UTC(2024, 4, 1, 12);
  const posts = () => [
    post('past', 'title: Past\ndate: 2024-04-30'),
    post('later-today', 'title: Later today\ndate: 2024-05-01T13:00:00Z'),
    post('next-year', 'title: Next year\ndate: 2025-01-01'),
    post('earlier-today', 'title: Earlier today\ndate: 2024-05-01T11:00:00Z'),
  ];

  it('leaves posts dated after the clock out of a production build, like drafts', () => {
    const { blog } = collectPosts(posts(), site, { includeDrafts: false, now });
    expect(slugs(blog.posts)).toEqual(['earlier-today', 'past']);
  });

  it('shows them in dev, marked scheduled', () => {
    const { blog } = collectPosts(posts(), site, { includeDrafts: true, now });
    expect(blog.posts.map((p) => [p.slug, p.scheduled])).toEqual([
      ['next-year', true],
      ['later-today', true],
      ['earlier-today', undefined],
      ['past', undefined],
    ]);
  });

  it('reads a date without an offset in the site time zone', () => {
    const local = [post('noon-local', 'title: Noon\ndate: 2024-05-01T12:30'), post('bare', 'title: Bare\ndate: 2024-05-01')];
    // 12:30 in Berlin is 10:30 UTC: published at 12:00 UTC; in New York it is 16:30 UTC: scheduled.
    expect(slugs(collectPosts(local, { ...site, timeZone: 'Europe/Berlin' }, { includeDrafts: false, now }).blog.posts)).toEqual([
      'noon-local',
      'bare',
    ]);
    expect(
      slugs(collectPosts(local, { ...site, timeZone: 'America/New_York' }, { includeDrafts: false, now }).blog.posts),
    ).toEqual(['bare']);
    // Midnight in Tokyo (15:00 UTC the day before) is older than 20:00 UTC written with its offset.
    const order = [post('tokyo', 'title: T\ndate: 2024-04-02'), post('utc', 'title: U\ndate: 2024-04-01T20:00:00Z')];
    expect(slugs(collectPosts(order, { ...site, timeZone: 'Asia/Tokyo' }, { includeDrafts: false, now }).blog.posts)).toEqual([
      'utc',
      'tokyo',
    ]);
    expect(slugs(collectPosts(order, site, { includeDrafts: false, now }).blog.posts)).toEqual(['tokyo', 'utc']);
  });
});

describe('collectPosts: authors', () => {
  it('reads one author or a list, groups each author with their posts, and reports a bad author at its item', () => {
    const { blog } = collect([
      post('solo', 'title: Solo\ndate: 2024-01-03\nauthor: Ann'),
      post('pair', 'title: Pair\ndate: 2024-01-02\nauthor: [Ann, Bob Ávila]'),
      post('site', 'title: Site\ndate: 2024-01-01'),
    ]);
    expect(blog.posts.map((p) => [p.slug, p.authors])).toEqual([
      ['solo', [{ name: 'Ann', slug: 'ann' }]],
      [
        'pair',
        [
          { name: 'Ann', slug: 'ann' },
          { name: 'Bob Ávila', slug: 'bob-avila' },
        ],
      ],
      ['site', [{ name: 'Site Author', slug: 'site-author' }]],
    ]);
    expect(blog.authors.map((a) => [a.slug, a.count, slugs(a.posts)])).toEqual([
      ['ann', 2, ['solo', 'pair']],
      ['bob-avila', 1, ['pair']],
      ['site-author', 1, ['site']],
    ]);
    const bad = (fm: string) =>
      loadPost('public/posts/x.md', `---\ntitle: X\ndate: 2024-01-01\n${fm}\n---\n`).diagnostics.map(formatDiagnostic);
    expect(bad('author: [Ann, "!!"]')).toEqual([
      'public/posts/x.md:4:15: author "!!" has no letter or digit to make its URL from: add a word, e.g. "!! notes"',
    ]);
    expect(bad('author: []')).toEqual(['public/posts/x.md:4:9: "author" must name at least one author, e.g. author: [Ann, Bob]']);
    expect(bad('author: 42')).toEqual([
      'public/posts/x.md:4:9: "author" must be a name or a list of names, e.g. author: Ann or author: [Ann, Bob]',
    ]);
  });
});
