/**
 * The importer end to end on the fixtures (a Hugo, a Jekyll and a Zola site, a plain
 * folder): the files it writes into a temporary folder, read back, and every single-file
 * post loaded by the content pipeline.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPost } from '../content/load-post.ts';
import { isValidIsoDate } from '../lib/dates.ts';
import { planImport, type ImportPlan } from './convert.ts';
import { detectKind, type SourceKind } from './detect.ts';
import { formatReport } from './report.ts';
import { readSourceTree } from './source-tree.ts';
import { writePlan } from './write-plan.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const work = mkdtempSync(path.join(tmpdir(), 'quire-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Imported {
  plan: ImportPlan;
  postsDir: string;
  publicDir: string;
  report: string;
  post: (target: string) => { data: Record<string, unknown>; body: string };
}

function importFixture(
  kind: SourceKind,
  options: { timeZone?: string; dryRun?: boolean; force?: boolean; into?: string } = {},
): Imported {
  const sourceDir = path.join(fixtures, kind);
  const tree = readSourceTree(sourceDir);
  expect(detectKind(tree)).toBe(kind);
  const plan = planImport(tree, { kind, timeZone: options.timeZone });
  const publicDir = options.into ?? mkdtempSync(path.join(work, `${kind}-`));
  const postsDir = path.join(publicDir, 'posts');
  const dryRun = options.dryRun ?? false;
  const written = writePlan(plan, { sourceDir, postsDir, publicDir, dryRun, force: options.force ?? false });
  const post = (target: string) => {
    const text = readFileSync(path.join(postsDir, target), 'utf8');
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    return { data: parse(yaml!) as Record<string, unknown>, body: body! };
  };
  return { plan, postsDir, publicDir, post, report: formatReport(plan, written, { dryRun, sourceDir: kind }) };
}

/** Every single-file post passes the content pipeline; `aliases` is the one field it does not know yet. */
function expectLoadable(imported: Imported) {
  for (const p of imported.plan.posts.filter((p) => !p.target.includes('/'))) {
    const { diagnostics, post } = loadPost(`public/posts/${p.target}`, p.text);
    // Shortcodes the importer does not convert stay, and the build reports them as it does; nothing else.
    expect(
      diagnostics.filter((d) => d.severity === 'error' || !d.group?.what.endsWith('left in the text')),
      p.target,
    ).toEqual([]);
    expect(post?.slug).toBe(p.slug);
  }
}

describe('import a Hugo site', () => {
  const hugo = importFixture('hugo');

  it('converts TOML and YAML front matter into the Quire fields', () => {
    const first = hugo.post('first-post.md').data;
    expect(first).toEqual({
      title: 'First Post',
      date: '2020-05-01T10:00:00+02:00', // timeZone = "Europe/Berlin" in hugo.toml, summer time
      updated: '2020-05-02',
      summary: 'Where it all starts.',
      tags: ['hugo', 'notes', 'meta'],
      aliases: ['/old/first/', '/2020/05/first-post/'],
    });
    expect(hugo.post('the-second-post.md').data).toEqual({
      title: 'Second: the sequel',
      date: '2021-01-10T08:00:00Z',
      author: 'Ann',
      tags: ['go', 'rust'],
      series: 'Lets Go',
      draft: true,
      cover: '/images/cover.png',
      aliases: ['/2021/01/second-the-sequel/'],
    });
  });

  it('keeps a page bundle as a folder post with its image, several authors as a list', () => {
    const trip = hugo.post('bundle-trip/index.md');
    expect(trip.data.author).toEqual(['Ann', 'Bob']);
    expect(trip.data.date).toBe('2022-03-27T01:30:00+01:00'); // half an hour before Berlin's summer time
    expect(readFileSync(path.join(hugo.postsDir, 'bundle-trip/map.png'))).toEqual(
      readFileSync(path.join(fixtures, 'hugo/content/posts/bundle-trip/map.png')),
    );
    expect(trip.body).toContain('![The route we took](map.png)\n\n*The route we took*');
    expect(trip.body).toContain('[the first post](../first-post.md)');
    // Links to the old site's URLs of an imported post: its permalink, an alias, the site's address.
    expect(trip.body).toContain('[the first trip](../first-post.md#part-two) and [the old one](../first-post.md)');
  });

  it('turns shortcodes into Markdown, drops a heading that repeats the title, and copies static files', () => {
    const first = hugo.post('first-post.md').body;
    expect(first).toContain('[Watch on YouTube](https://www.youtube.com/watch?v=w7Ft2ymGmfc)');
    expect(first).toContain('```go\npackage main\n\nfunc main() {}\n```');
    expect(first).toContain('![A diagram](/images/diagram.png)\n\n*How the parts fit*');
    const second = hugo.post('the-second-post.md').body;
    expect(second).not.toContain('# Second');
    expect(second).toContain('[the first one](./first-post.md)');
    expect(existsSync(path.join(hugo.publicDir, 'images/diagram.png'))).toBe(true);
  });

  it('reports what it skipped and what needs a look, with file and line', () => {
    expect(hugo.report).toContain(
      'Converted 3 posts (1 as folders with their files), 1 draft kept as drafts; 2 static files copied under public/.',
    );
    expect(hugo.report).toContain('hugo/content/posts/_index.md: section page (_index.md)');
    expect(hugo.report).toContain('hugo/content/about.md: a page at the top of content/, not a post');
    expect(hugo.report).toContain('hugo/content/posts/second.fr.md: a translation (fr)');
    expect(hugo.report).toContain('hugo/content/posts/first-post.md:26: shortcode "tweet" has no Markdown form');
    expect(hugo.report).toContain('hugo/content/posts/second.md:14: relref to "missing-post"');
    expect(hugo.report).toContain('showToc (1)');
  });

  it('writes posts the content pipeline accepts', () => expectLoadable(hugo));
});

describe('import a Jekyll site', () => {
  const jekyll = importFixture('jekyll');

  it('takes the date from the file name, categories as tags, the old permalink as an alias', () => {
    expect(jekyll.post('hello-world.md').data).toEqual({
      title: 'Hello, World',
      date: '2021-02-03',
      summary: 'Saying hello in Go.',
      tags: ['go', 'Tips'],
      aliases: ['/go/tips/2021/02/03/hello-world/'],
    });
    expect(jekyll.post('second-post.md').data).toEqual({
      title: 'Second post',
      date: '2021-03-04T18:30:00-05:00', // timezone: America/New_York
      tags: ['notes'],
      draft: true, // published: false
      aliases: ['/old-second/', '/notes/2021/03/04/second-post/'],
    });
    expect(jekyll.post('unfinished-idea.md').data).toMatchObject({ draft: true });
    expect(jekyll.post('unfinished-idea.md').data.aliases).toBeUndefined(); // Jekyll publishes no draft
    const holiday = jekyll.post('holiday-notes.md');
    expect(holiday.data).toEqual({
      title: 'Holiday Notes',
      date: '2020-12-24T09:15:00-08:00',
      tags: ['holidays'],
      aliases: ['/2020/12/24/holiday-notes/'],
    });
    expect(holiday.body).toBe('\nShort notes before the holidays.\n');
  });

  it('turns Liquid into Markdown and resolves the base URL', () => {
    const hello = jekyll.post('hello-world.md').body;
    expect(hello).toContain('```go\nfmt.Println("hello")\n```');
    expect(hello).toContain('<!-- more -->');
    expect(hello).toContain('![A picture](/assets/pic.png)');
    expect(hello).toContain('A note included from _includes.');
    expect(hello).toContain('More in [the second post](./second-post.md).');
    expect(jekyll.post('second-post.md').body).toContain('[hello](./hello-world.md) or [the same](./hello-world.md)');
    expect(existsSync(path.join(jekyll.publicDir, 'assets/pic.png'))).toBe(true);
  });

  it('reports pages, Liquid left as written and a missing date', () => {
    expect(jekyll.report).toContain('jekyll/about.md: a page, not a post');
    expect(jekyll.report).toContain('jekyll/_posts/2021-03-04-second-post.md:10: Liquid tag "{% gallery %}"');
    expect(jekyll.report).toContain("jekyll/_drafts/unfinished-idea.md:1: no date: the file's modification time is used instead");
  });

  it('writes posts the content pipeline accepts', () => expectLoadable(jekyll));

  it('reads dates in the time zone given on the command line over the config', () => {
    const plan = planImport(readSourceTree(path.join(fixtures, 'jekyll')), { kind: 'jekyll', timeZone: 'Asia/Tokyo' });
    expect(plan.posts.find((p) => p.slug === 'second-post')!.text).toContain('date: 2021-03-04T18:30:00+09:00');
  });
});

describe('import a Zola site', () => {
  const zola = importFixture('zola');

  it('reads taxonomies, extra.author, sections, path and internal links', () => {
    expect(zola.post('first-light.md').data).toEqual({
      title: 'First light',
      date: '2020-06-01',
      summary: 'A start.',
      author: 'Cy',
      tags: ['rust', 'notes'],
      aliases: ['/blog/first-light/'],
    });
    expect(zola.post('root-post.md').data).toEqual({
      title: 'A post in the root section',
      date: '2019-05-05',
      aliases: ['/root-post/'],
    });
    expect(zola.post('deep-dive.md').data.aliases).toEqual(['/old/deep/', '/articles/deep-dive/']);
    expect(zola.post('first-light.md').body).toContain('[a deep dive](./deep-dive.md). ![logo](/img/logo.svg)');
    expect(existsSync(path.join(zola.publicDir, 'img/logo.svg'))).toBe(true);
    expect(zola.report).toContain('zola/content/blog/rust/deep-dive.md:9: shortcode "note" (a body shortcode)');
    expect(zola.report).toContain('zola/content/blog/_index.md: section page');
    expect(zola.report).toContain('zola/content/about.md: a page at the top of content/ without a date, not a post');
  });

  it('writes posts the content pipeline accepts', () => expectLoadable(zola));
});

describe('import a plain folder of Markdown', () => {
  const plain = importFixture('markdown');

  it('takes the title from the first heading and keeps images beside the posts', () => {
    const notes = plain.post('my-notes.md');
    expect(notes.data.title).toBe('My Notes');
    expect(isValidIsoDate(String(notes.data.date))).toBe(true);
    expect(notes.body).not.toContain('# My Notes');
    expect(existsSync(path.join(plain.postsDir, 'images/chart.png'))).toBe(true);
    expect(existsSync(path.join(plain.postsDir, 'trip/photo.png'))).toBe(true);
    expect(plain.post('year-end.md').data).toEqual({ title: 'Year end', date: '2019-12-31', tags: ['reflection', 'writing'] });
    expect(plain.post('year-end.md').body).toContain('{{ not a template here }}');
    expect(plain.report).toContain('markdown/README.md: README.md: not a post');
  });

  it('writes posts the content pipeline accepts', () => expectLoadable(plain));
});

describe('writing', () => {
  it('writes nothing with --dry-run', () => {
    const dry = importFixture('zola', { dryRun: true });
    expect(existsSync(dry.postsDir)).toBe(false);
    expect(dry.report).toContain('Dry run: nothing written (4 files would be).');
  });

  it('never overwrites a post without --force', () => {
    const into = mkdtempSync(path.join(work, 'existing-'));
    mkdirSync(path.join(into, 'posts'));
    writeFileSync(path.join(into, 'posts/first-light.md'), 'mine');
    const again = importFixture('zola', { into });
    expect(readFileSync(path.join(into, 'posts/first-light.md'), 'utf8')).toBe('mine');
    expect(again.report).toMatch(/Not overwritten \(1 already exist; --force replaces them\):\n {2}\S*first-light\.md/);
    importFixture('zola', { into, force: true });
    expect(readFileSync(path.join(into, 'posts/first-light.md'), 'utf8')).toContain('title: First light');
  });
});
