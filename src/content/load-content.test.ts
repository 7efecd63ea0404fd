import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostData, PostPage, SeriesData, SiteIndex, TermsIndex, ArchiveEntry } from '../schema/manifest.ts';
import type { SiteConfig } from '../schema/site.ts';
import { formatDiagnostic, formatDiagnostics } from './diagnostics.ts';
import { loadContent } from './load-content.ts';

const site: SiteConfig = {
  title: 'Test Blog',
  description: 'A blog for tests.',
  author: 'Site Author',
  bio: 'I write tests.',
  links: [{ label: 'GitHub', url: 'https://github.com/' }],
  baseUrl: 'https://example.com/blog/',
  postsPerPage: 2,
  language: 'en',
  feedContent: 'full',
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'quire-content-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

const load = (includeDrafts: boolean) => loadContent({ postsDir: dir, site, includeDrafts, displayDir: 'public/posts' });
const printed = (content: Awaited<ReturnType<typeof load>>) => content.diagnostics.map(formatDiagnostic);

const blogFiles = {
  'paper-day-one.md':
    '---\ntitle: "Day One: Mesos"\ndate: 2021-03-01\ntags: [papers, Distributed Systems]\nseries: Paper every day\n---\n\nMesos shares a cluster.\n\n<!-- more -->\n\nMore about Mesos.\n',
  'paper-day-two.md':
    '---\ntitle: "Day Two: Kubernetes"\ndate: 2021-03-02T09:00:00+01:00\ntags: [papers]\nseries: Paper every day\n---\n\nKubernetes schedules pods.\n',
  'lets-go.md':
    '---\ntitle: Lets Go\ndate: 2022-07-24T21:42:07-07:00\ntags: [go]\nseries: Lets Go\nseriesOrder: 1\n---\n\nLearning Go in public.\n\n![gopher](images/go.png)\n',
  'lets-go-part-two-draft.md':
    '---\ntitle: Lets Go, part two\ndate: 2022-08-01\ntags: [go, secret-tag]\nseries: Lets Go\nseriesOrder: 2\ndraft: true\n---\n\nNot ready yet.\n',
  'year-in-review.md':
    '---\ntitle: A year in review\ndate: 2023-01-01\ntags: [Über]\nsummary: What happened in 2022.\nauthor: Guest Writer\n---\n\n## January\n\nThings.\n',
  'eisenhower-matrix.md':
    '---\ntitle: Eisenhower matrix\ndate: 2022-01-05\ntags: [habits, papers]\n---\n\nUrgent or important?\n',
  // Not posts, and not reported: images, text files, folders without Markdown.
  'notes.txt': 'not a post',
  'images/go.png': 'png',
  'images/readme.txt': 'not a post',
};

describe('loadContent on a folder of posts', () => {
  it('builds the blog newest first, without drafts, with no problems', async () => {
    await write(blogFiles);
    const content = await load(false);
    expect(printed(content)).toEqual([]);
    expect(content.blog.posts.map((p) => p.slug)).toEqual([
      'year-in-review',
      'lets-go',
      'eisenhower-matrix',
      'paper-day-two',
      'paper-day-one',
    ]);
    expect([...content.slugs].sort()).toEqual([
      'eisenhower-matrix',
      'lets-go',
      'paper-day-one',
      'paper-day-two',
      'year-in-review',
    ]);
    const byslug = Object.fromEntries(content.blog.posts.map((p) => [p.slug, p]));
    expect(byslug['year-in-review']!.summary).toBe('What happened in 2022.');
    expect(byslug['year-in-review']!.authors).toEqual([{ name: 'Guest Writer', slug: 'guest-writer' }]);
    expect(byslug['year-in-review']!.tags).toEqual([{ name: 'Über', slug: 'uber' }]);
    expect(byslug['paper-day-one']!.summary).toBe('Mesos shares a cluster.');
    expect(byslug['paper-day-one']!.authors).toEqual([{ name: 'Site Author', slug: 'site-author' }]);
    expect(byslug['lets-go']!.series).toEqual({ name: 'Lets Go', slug: 'lets-go', part: 1, total: 1 });
  });

  it('writes exactly the data files the app loads', async () => {
    await write(blogFiles);
    const { files } = await load(false);
    // The search index's files are checked in search-index.test.ts.
    expect([...files.keys()].filter((k) => !k.startsWith('search/')).sort()).toEqual([
      'archive.json',
      'authors/guest-writer/1.json',
      'authors/site-author/1.json',
      'authors/site-author/2.json',
      'pages/1.json',
      'pages/2.json',
      'pages/3.json',
      'posts/eisenhower-matrix.json',
      'posts/lets-go.json',
      'posts/paper-day-one.json',
      'posts/paper-day-two.json',
      'posts/year-in-review.json',
      'series/lets-go.json',
      'series/paper-every-day.json',
      'site.json',
      'tags/distributed-systems/1.json',
      'tags/go/1.json',
      'tags/habits/1.json',
      'tags/papers/1.json',
      'tags/papers/2.json',
      'tags/uber/1.json',
      'terms.json',
    ]);
  });

  it('site.json: the site settings without feedContent; terms.json: counts, tags, series and authors; no post entries', async () => {
    await write(blogFiles);
    const { files } = await load(false);
    expect(files.get('site.json') as SiteIndex).toEqual({
      site: {
        title: 'Test Blog',
        description: 'A blog for tests.',
        author: 'Site Author',
        bio: 'I write tests.',
        links: [{ label: 'GitHub', url: 'https://github.com/' }],
        postsPerPage: 2,
        language: 'en',
        baseUrl: 'https://example.com/blog/',
      },
    });
    expect(files.get('terms.json') as TermsIndex).toEqual({
      totalPosts: 5,
      tags: [
        { name: 'papers', slug: 'papers', count: 3 },
        { name: 'Distributed Systems', slug: 'distributed-systems', count: 1 },
        { name: 'go', slug: 'go', count: 1 },
        { name: 'habits', slug: 'habits', count: 1 },
        { name: 'Über', slug: 'uber', count: 1 },
      ],
      series: [
        { name: 'Lets Go', slug: 'lets-go', count: 1 },
        { name: 'Paper every day', slug: 'paper-every-day', count: 2 },
      ],
      authors: [
        { name: 'Site Author', slug: 'site-author', count: 4 },
        { name: 'Guest Writer', slug: 'guest-writer', count: 1 },
      ],
    });
  });

  it('pages/N.json: newest first, postsPerPage per page', async () => {
    await write(blogFiles);
    const { files } = await load(false);
    const page = (n: number) => files.get(`pages/${n}.json`) as PostPage;
    expect(
      [1, 2, 3].map((n) => [page(n).page, page(n).totalPages, page(n).totalPosts, page(n).posts.map((p) => p.slug)]),
    ).toEqual([
      [1, 3, 5, ['year-in-review', 'lets-go']],
      [2, 3, 5, ['eisenhower-matrix', 'paper-day-two']],
      [3, 3, 5, ['paper-day-one']],
    ]);
    expect(page(1).posts[0]).toEqual({
      slug: 'year-in-review',
      title: 'A year in review',
      date: '2023-01-01',
      summary: 'What happened in 2022.',
      ownSummary: true,
      authors: [{ name: 'Guest Writer', slug: 'guest-writer' }],
      tags: [{ name: 'Über', slug: 'uber' }],
      words: 2,
      readingMinutes: 1,
    });
  });

  it('tags/<slug>/N.json: one tag, newest first, paginated', async () => {
    await write(blogFiles);
    const { files } = await load(false);
    const tagPage = (slug: string, n: number) => files.get(`tags/${slug}/${n}.json`) as PostPage;
    expect(tagPage('papers', 1).posts.map((p) => p.slug)).toEqual(['eisenhower-matrix', 'paper-day-two']);
    expect(tagPage('papers', 2).posts.map((p) => p.slug)).toEqual(['paper-day-one']);
    expect([tagPage('papers', 2).page, tagPage('papers', 2).totalPages, tagPage('papers', 2).totalPosts]).toEqual([2, 2, 3]);
    expect(tagPage('uber', 1).posts.map((p) => p.slug)).toEqual(['year-in-review']);
  });

  it('series/<slug>.json: every part in reading order', async () => {
    await write(blogFiles);
    const series = (await load(false)).files.get('series/paper-every-day.json') as SeriesData;
    expect(series.name).toBe('Paper every day');
    expect(series.slug).toBe('paper-every-day');
    expect(series.posts.map((p) => [p.slug, p.series])).toEqual([
      ['paper-day-one', { name: 'Paper every day', slug: 'paper-every-day', part: 1, total: 2 }],
      ['paper-day-two', { name: 'Paper every day', slug: 'paper-every-day', part: 2, total: 2 }],
    ]);
  });

  it('posts/<slug>.json: the post, its newer and older neighbours, and its series parts', async () => {
    await write(blogFiles);
    const { files } = await load(false);
    const data = (slug: string) => files.get(`posts/${slug}.json`) as PostData;
    const newest = data('year-in-review');
    expect(newest.post.slug).toBe('year-in-review');
    expect(newest.newer).toBeUndefined();
    expect(newest.older).toEqual({ slug: 'lets-go', title: 'Lets Go' });
    expect(newest.series).toBeUndefined();

    const middle = data('paper-day-two');
    expect(middle.newer).toEqual({ slug: 'eisenhower-matrix', title: 'Eisenhower matrix' });
    expect(middle.older).toEqual({ slug: 'paper-day-one', title: 'Day One: Mesos' });
    expect(middle.series).toEqual({
      name: 'Paper every day',
      slug: 'paper-every-day',
      parts: [
        { slug: 'paper-day-one', title: 'Day One: Mesos' },
        { slug: 'paper-day-two', title: 'Day Two: Kubernetes' },
      ],
    });

    const oldest = data('paper-day-one');
    expect(oldest.newer).toEqual({ slug: 'paper-day-two', title: 'Day Two: Kubernetes' });
    expect(oldest.older).toBeUndefined();
    expect(Object.keys(oldest).sort()).toEqual(['newer', 'post', 'related', 'series']);
    expect(oldest.related.map((p) => p.slug)).toContain('paper-day-two');
  });

  it('archive.json: every post newest first, with slug, title and date only', async () => {
    await write(blogFiles);
    const archive = (await load(false)).files.get('archive.json') as ArchiveEntry[];
    expect(archive).toEqual([
      { slug: 'year-in-review', title: 'A year in review', date: '2023-01-01' },
      { slug: 'lets-go', title: 'Lets Go', date: '2022-07-24T21:42:07-07:00' },
      { slug: 'eisenhower-matrix', title: 'Eisenhower matrix', date: '2022-01-05' },
      { slug: 'paper-day-two', title: 'Day Two: Kubernetes', date: '2021-03-02T09:00:00+01:00' },
      { slug: 'paper-day-one', title: 'Day One: Mesos', date: '2021-03-01' },
    ]);
  });

  it('leaves a draft out of every data file in a production build', async () => {
    await write(blogFiles);
    const { files, slugs } = await load(false);
    expect(slugs.has('lets-go-part-two-draft')).toBe(false);
    const everything = JSON.stringify([...files]);
    expect(everything).not.toContain('lets-go-part-two-draft');
    expect(everything).not.toContain('Lets Go, part two');
    expect(everything).not.toContain('secret-tag');
    expect(everything).not.toContain('"draft"');
  });

  it('includes a draft, marked draft: true, when drafts are shown (dev server)', async () => {
    await write(blogFiles);
    const { files, blog, diagnostics } = await load(true);
    expect(diagnostics).toEqual([]);
    expect(blog.posts.map((p) => p.slug)).toEqual([
      'year-in-review',
      'lets-go-part-two-draft',
      'lets-go',
      'eisenhower-matrix',
      'paper-day-two',
      'paper-day-one',
    ]);
    const draft = files.get('posts/lets-go-part-two-draft.json') as PostData;
    expect(draft.post.draft).toBe(true);
    expect(draft.post.series).toEqual({ name: 'Lets Go', slug: 'lets-go', part: 2, total: 2 });
    expect(draft.series!.parts.map((p) => p.slug)).toEqual(['lets-go', 'lets-go-part-two-draft']);
    expect((files.get('tags/secret-tag/1.json') as PostPage).posts.map((p) => p.slug)).toEqual(['lets-go-part-two-draft']);
    expect((files.get('terms.json') as TermsIndex).totalPosts).toBe(6);
  });

  it('gives one empty first page for a blog without posts', async () => {
    const { files, blog, diagnostics } = await load(false);
    expect(diagnostics).toEqual([]);
    expect(blog.posts).toEqual([]);
    expect(files.get('pages/1.json')).toEqual({ page: 1, totalPages: 1, totalPosts: 0, posts: [] });
    expect(files.get('archive.json')).toEqual([]);
    expect([...files.keys()].sort()).toEqual(['archive.json', 'pages/1.json', 'search/meta.json', 'site.json', 'terms.json']);
  });
});

describe('loadContent: problems', () => {
  it('lists every bad post with its position; never skips one silently', async () => {
    await write({
      'good.md': '---\ntitle: Good\ndate: 2024-01-01\n---\n\nFine.\n',
      'no-title.md': '---\ndate: 2024-01-01\n---\n\nText.\n',
      'bad-date.md': '---\ntitle: Bad date\ndate: 2023-02-30\n---\n',
      'unclosed.md': '---\ntitle: Unclosed\ndate: 2024-01-01\n\nText.\n',
      'My Post.md': '---\ntitle: Mine\ndate: 2024-01-01\n---\n',
      'typo.md': '---\ntitle: Typo\ndate: 2024-01-02\ntag: [go]\n---\n',
    });
    const content = await load(false);
    expect(content.blog.posts.map((p) => p.slug)).toEqual(['typo', 'good']);
    expect(printed(content).sort()).toEqual([
      'public/posts/My Post.md:1:1: file name "My Post.md" is not a valid slug: use lowercase letters, digits and hyphens, e.g. "my-post.md"',
      'public/posts/bad-date.md:3:7: "date" is not a valid date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with an optional offset (Z or -07:00; without one, it is read in the timeZone of site.config.ts)',
      'public/posts/no-title.md:1:1: missing required field "title": add a line such as title: "My post"',
      'public/posts/typo.md:4:1: warning: unknown field "tag": did you mean "tags"? (known fields: title, date, summary, tags, series, seriesOrder, author, updated, draft, cover, aliases)',
      'public/posts/unclosed.md:1:1: front matter is not closed: add a line "---" after the last field',
    ]);
    expect(content.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(4);
  });

  it('reports a seriesOrder used twice in a series', async () => {
    await write({
      'day-one.md': '---\ntitle: Day One\ndate: 2021-03-01\nseries: Paper every day\nseriesOrder: 1\n---\n',
      'day-two.md': '---\ntitle: Day Two\ndate: 2021-03-02\nseries: Paper every day\n\nseriesOrder: 1\n---\n',
    });
    expect(printed(await load(false))).toEqual([
      'public/posts/day-two.md:6:1: seriesOrder 1 is already used in series "Paper every day" by public/posts/day-one.md: give each part its own number',
    ]);
  });

  it('warns about links to posts that are not published and images that do not exist, at their position', async () => {
    await write({
      'a.md':
        '---\ntitle: A\ndate: 2024-01-01\n---\n\n[x](./missing-post.md) and [d](draft-post.md) and [ok](b.md)\n\n![y](images/nope.png) ![ok](images/go.png) ![web](https://example.com/a.png)\n',
      'b.md': '---\ntitle: B\ndate: 2024-01-02\n---\n',
      'draft-post.md': '---\ntitle: D\ndate: 2024-01-01\ndraft: true\n---\nx\n',
      'images/go.png': 'png',
    });
    expect(printed(await load(false))).toEqual([
      'public/posts/a.md:6:1: warning: link to "missing-post.md", which is not a published post: check the file name, or whether that post is a draft',
      'public/posts/a.md:6:28: warning: link to "draft-post.md", which is not a published post: check the file name, or whether that post is a draft',
      'public/posts/a.md:8:1: warning: image "images/nope.png" does not exist in the posts folder: check the path (relative to this file)',
    ]);
    // With drafts shown, the draft is a fine link target.
    expect(printed(await load(true))).toEqual([
      'public/posts/a.md:6:1: warning: link to "missing-post.md", which is not a published post: check the file name, or whether that post is a draft',
      'public/posts/a.md:8:1: warning: image "images/nope.png" does not exist in the posts folder: check the path (relative to this file)',
    ]);
  });

  it('never writes a data file with an empty tag or series slug', async () => {
    await write({
      'a.md': '---\ntitle: A\ndate: 2024-01-01\ntags: ["🚀", go]\nseries: "!!!"\n---\n\nText.\n',
    });
    const content = await load(false);
    const emptySegment = [...content.files.keys()].filter((key) =>
      key.split('/').some((part) => part === '' || part === '.json'),
    );
    const slugs = [...content.blog.tags.map((t) => t.slug), ...content.blog.series.map((s) => s.slug)];
    // Either the build reports the name that gives no URL, or it gives it a usable slug.
    if (!content.diagnostics.some((d) => d.severity === 'error')) {
      expect(emptySegment).toEqual([]);
      expect(slugs.filter((slug) => slug === '')).toEqual([]);
    }
  });

  it('does not silently merge two different tags of a post into one', async () => {
    await write({ 'a.md': '---\ntitle: A\ndate: 2024-01-01\ntags: [C++, C#]\n---\n\nText.\n' });
    const content = await load(false);
    const names = content.blog.posts[0]!.tags.map((t) => t.name);
    // Either both tags stay (with distinct slugs), or the author is told about the clash.
    if (content.diagnostics.length === 0) {
      expect(names).toEqual(['C++', 'C#']);
      expect(new Set(content.blog.posts[0]!.tags.map((t) => t.slug)).size).toBe(2);
    }
  });
});

describe('folder posts (<slug>/index.md)', () => {
  it('reads a folder post under its folder name, with its images and links relative to its folder', async () => {
    await write({
      'trip/index.md':
        '---\ntitle: Trip\ndate: 2024-01-01\ncover: photos/cover.jpg\n---\n![a](photos/a.jpg) ![b](missing.jpg) [next](../notes.md) [gone](../nope/index.md)\n',
      'trip/photos/a.jpg': 'jpg',
      'trip/photos/index.md': '---\ntitle: not a post\n---\n',
      'walk/index.markdown': '---\ntitle: Walk\ndate: 2024-01-02\n---\nOut.\n',
      'notes.md': '---\ntitle: Notes\ndate: 2024-01-03\n---\nText.\n',
      'stray/readme.md': '# not a post',
    });
    const content = await load(false);
    expect(content.blog.posts.map((p) => p.slug).sort()).toEqual(['notes', 'trip', 'walk']);
    const trip = content.blog.posts.find((p) => p.slug === 'trip')!;
    expect(trip).toMatchObject({ folder: true, cover: 'trip/photos/cover.jpg' });
    expect(content.blog.posts.find((p) => p.slug === 'notes')!.folder).toBeUndefined();
    expect(Object.fromEntries(content.sources)).toEqual({
      notes: 'notes.md',
      trip: 'trip/index.md',
      walk: 'walk/index.markdown',
    });
    expect(printed(content)).toEqual([
      'public/posts/trip/index.md:6:20: warning: image "trip/missing.jpg" does not exist in the posts folder: check the path (relative to this file)',
      'public/posts/trip/index.md:6:58: warning: link to "nope.md", which is not a published post: check the file name, or whether that post is a draft',
      'public/posts/stray/:1:1: warning: folder of Markdown without an index.md: its files are not posts: a folder post is <slug>/index.md, with its files beside it',
    ]);
  });

  it('a folder post and a flat post of one slug is an error naming both files', async () => {
    await write({
      'trip.md': '---\ntitle: Trip\ndate: 2024-01-01\n---\nFlat.\n',
      'trip/index.md': '---\ntitle: Trip again\ndate: 2024-01-01\n---\nFolder.\n',
    });
    const content = await load(false);
    expect(printed(content)).toEqual([
      'public/posts/trip/index.md:1:1: post "trip" is written twice, here and in public/posts/trip.md: keep one (a folder post is <slug>/index.md, a flat one <slug>.md)',
    ]);
  });

  it('a folder whose name is not a slug is reported with a suggestion', async () => {
    await write({ 'My Trip/index.md': '---\ntitle: Trip\ndate: 2024-01-01\n---\nText.\n' });
    expect(printed(await load(false))).toEqual([
      'public/posts/My Trip/index.md:1:1: folder name "My Trip/" is not a valid slug: use lowercase letters, digits and hyphens, e.g. "my-trip/"',
    ]);
  });
});

describe('links and images that lead nowhere', () => {
  it('reports root-absolute files missing from public/, relative files missing beside the post, and links to an old URL', async () => {
    const publicDir = path.join(dir, 'public');
    await write({
      'public/static/here.png': 'png',
      'new-name.md': '---\ntitle: New name\ndate: 2024-01-01\naliases: [/2021/02/03/old-name/]\n---\nText.\n',
      'files/here.pdf': 'pdf',
      'a.md': [
        '---\ntitle: A\ndate: 2024-01-02\n---',
        '![ok](/static/here.png) ![gone](/static/gone.png) [pdf](files/here.pdf) [no pdf](files/gone.pdf)',
        '[old](/2021/02/03/old-name/) [old page](/2021/02/03/old-name/index.html) [a page](/tags/go) [up](../tags/go)',
        '![beside](/posts/files/here.pdf)',
      ].join('\n'),
    });
    const content = await loadContent({ postsDir: dir, publicDir, site, includeDrafts: false, displayDir: 'public/posts' });
    const missing = 'check the path';
    expect(printed(content)).toEqual([
      `public/posts/a.md:5:25: warning: "/static/gone.png" does not exist in public/: ${missing}, or copy the file there`,
      `public/posts/a.md:5:73: warning: link to "files/gone.pdf" does not exist in the posts folder: ${missing} (relative to this file)`,
      'public/posts/a.md:6:1: warning: link to "/2021/02/03/old-name/", the old URL of "New name": link to the post itself, new-name.md (its file) or /posts/new-name',
      'public/posts/a.md:6:30: warning: link to "/2021/02/03/old-name/index.html", the old URL of "New name": link to the post itself, new-name.md (its file) or /posts/new-name',
    ]);
  });

  it('groups them when several posts share the problem', async () => {
    await write({
      'a.md': '---\ntitle: A\ndate: 2024-01-01\n---\n![x](gone.png)\n',
      'b.md': '---\ntitle: B\ndate: 2024-01-01\n---\n\n[y](gone.pdf)\n',
    });
    expect(formatDiagnostics((await load(false)).diagnostics)).toBe(
      "warning: link or image to a file that does not exist in 2 posts (first: public/posts/a.md:5, public/posts/b.md:6): check the path (relative to the post's file, or from public/ when it starts with /)",
    );
  });
});

describe('files in the posts folder that are not posts', () => {
  it('reports MDX files, folders of Markdown without an index.md and other files, not images or dot files', async () => {
    await write({
      'a.md': '---\ntitle: A\ndate: 2024-01-01\n---\nText.\n',
      'b.mdx': '# B',
      'bundle/index.en.md': '# Bundle',
      'bundle/pic.png': 'png',
      'pictures/a.png': 'png',
      'trip/index.md': '---\ntitle: Trip\ndate: 2024-01-01\n---\nText.\n',
      'trip/notes.md': 'not a post, one of its files',
      'notes.org': '* notes',
      'cover.jpg': 'jpg',
      '.DS_Store': '',
    });
    expect(printed(await load(false))).toEqual([
      'public/posts/b.mdx:1:1: warning: MDX file is not read: Quire reads Markdown: rename it to .md, without its imports and components',
      'public/posts/bundle/:1:1: warning: folder of Markdown without an index.md: its files are not posts: a folder post is <slug>/index.md, with its files beside it',
      'public/posts/notes.org:1:1: warning: file in the posts folder is not a post: posts are <slug>.md or <slug>/index.md; it is published as it is, under /posts/',
    ]);
  });
});
