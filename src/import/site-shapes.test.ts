/**
 * Shapes met in real blogs, written small (in memory): a Hugo section folder named with
 * spaces, capitals and `&`, a stray copy of a section page, an alias no path can hold,
 * a cover over http, front matter keys in capitals, dated file names, a description in HTML,
 * and Jekyll categories with a space.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPost } from '../content/load-post.ts';
import { aliasPath } from '../lib/paths.ts';
import { planImport } from './convert.ts';
import type { SourceKind } from './detect.ts';
import type { SourceTree } from './source-tree.ts';

function memoryTree(files: Record<string, string>): SourceTree {
  return {
    files: Object.keys(files).sort(),
    read: (file) => files[file]!,
    modified: () => '2024-01-01T00:00:00Z',
  };
}

const plan = (kind: SourceKind, files: Record<string, string>) => planImport(memoryTree(files), { kind });
const aliasesOf = (p: ReturnType<typeof plan>, slug: string) =>
  p.posts
    .find((post) => post.slug === slug)!
    .text.match(/^aliases:\n((?: {2}- .*\n)+)/m)?.[1]
    ?.match(/- (.*)/g);

describe('Hugo sections named as people name folders', () => {
  const hugo = plan('hugo', {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/notes/_index.md': '---\ntitle: Notes\n---\n',
    'content/notes/Go Course & Labs/_index.md': '---\ntitle: The course\n---\n',
    'content/notes/Go Course & Labs/_index.backup.md': '---\ntitle: The course (old)\n---\n',
    'content/notes/Go Course & Labs/01 - Loops/index.md':
      '---\ntitle: Loops\ndate: 2024-03-01\naliases: ["/notes/loops?page=2", "/notes/loops-old/"]\n---\nFor and range.\n',
  });

  it('gives the old URL Hugo served: lowercase, a space run one hyphen, `&` dropped', () => {
    expect(aliasesOf(hugo, '01-loops')).toEqual(['- /notes/loops-old/', '- /notes/go-course-labs/01-loops/']);
  });

  it('leaves out an alias that is not a path, and says so with the file', () => {
    expect(hugo.notes).toContainEqual({
      file: 'content/notes/Go Course & Labs/01 - Loops/index.md',
      line: 1,
      message: expect.stringMatching(/^old URL "\/notes\/loops\?page=2" left out: it is not a path/) as string,
    });
  });

  it('skips a copy of a section page (`_index.<anything>.md`) as a section page, not a translation', () => {
    expect(hugo.skipped).toContainEqual({
      file: 'content/notes/Go Course & Labs/_index.backup.md',
      reason: 'section page (_index.md): its list is made by Quire',
    });
    expect(hugo.posts.map((p) => p.slug)).toEqual(['01-loops']);
  });
});

describe('Jekyll categories with a space', () => {
  it('become a %-escaped folder of the old URL, as Jekyll wrote it, which the build takes as an alias', () => {
    const jekyll = plan('jekyll', {
      '_config.yml': 'permalink: pretty\n',
      '_posts/2020-05-06-edge.md': '---\ntitle: Edge\ncategories: [Edge Case]\n---\nText.\n',
    });
    const [alias] = aliasesOf(jekyll, 'edge')!;
    expect(alias).toBe('- /edge%20case/2020/05/06/edge/');
    expect(aliasPath(alias.slice(2))).toEqual({ path: '/edge case/2020/05/06/edge' });
  });
});

describe('a Jekyll _config.yml as Ruby reads it', () => {
  it('takes a # right after a value as a comment and a repeated key as its last value, so the permalink setting is used', () => {
    const jekyll = plan('jekyll', {
      '_config.yml':
        'title: "A blog"\nsubtitle: ""# shown under the title\npermalink: /:year/:title/\npermalink: /:categories/:title/\n',
      '_posts/2020-05-06-edge.md': '---\ntitle: Edge\ncategories: [Notes]\n---\nText.\n',
    });
    expect(jekyll.problems).toEqual([]);
    expect(aliasesOf(jekyll, 'edge')).toEqual(['- /notes/edge/']);
  });

  it('still reports a config that is not YAML', () => {
    const jekyll = plan('jekyll', {
      '_config.yml': 'title: [unclosed\n',
      '_posts/2020-05-06-edge.md': '---\ntitle: Edge\n---\nText.\n',
    });
    expect(jekyll.problems).toEqual([expect.stringMatching(/^_config\.yml: could not be read/)]);
  });
});

describe('a cover over http, from the years before https', () => {
  const hugo = plan('hugo', {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/posts/old.md': '---\ntitle: Old\ndate: 2012-05-01\ncover:\n  image: HTTP://photos.example/old.jpg\n---\nText.\n',
  });

  it('is asked for over https, which the build accepts, and the report says so', () => {
    const post = hugo.posts.find((p) => p.slug === 'old')!;
    expect(post.text).toContain('cover: https://photos.example/old.jpg\n');
    expect(loadPost('public/posts/old.md', post.text).diagnostics).toEqual([]);
    expect(hugo.notes).toContainEqual({
      file: 'content/posts/old.md',
      line: 1,
      message:
        'cover "HTTP://photos.example/old.jpg" is asked for over https, the only way the site loads images: check that it shows so',
    });
  });
});

describe('Hugo front matter keys in capitals, which Hugo reads in any case', () => {
  const hugo = plan('hugo', {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/posts/caps.md':
      '---\nTitle: Capital Letters\nDate: 2015-06-07T23:10:00Z\nTags: [grill]\nCategory: food\nPublishDate: 2015-06-08\n---\nText.\n',
    'content/posts/both.md': '---\ntitle: The exact spelling\nTITLE: Shouted\ndate: 2016-01-01\n---\nText.\n',
  });
  const data = (slug: string) => parse(/^---\n([\s\S]*?)\n---/.exec(hugo.posts.find((p) => p.slug === slug)!.text)![1]!);

  it('are read as their lowercase spelling', () => {
    expect(data('caps')).toMatchObject({ title: 'Capital Letters', date: '2015-06-07T23:10:00Z', tags: ['grill', 'food'] });
  });

  it('leave the key written in the usual spelling its value when both are there', () => {
    expect(data('both').title).toBe('The exact spelling');
  });
});

describe('Hugo posts whose file name starts with a date', () => {
  const files = {
    'content/posts/2019-11-28-rust-2020.md': '---\ntitle: Rust in 2020\n---\nText.\n',
    'content/posts/2020-02-01-second.md': '---\ntitle: Second\nslug: my-second\n---\nText.\n',
  };

  it('keep the date in their old URL, as Hugo does by default; the new slug and the date come from the name', () => {
    const hugo = plan('hugo', { 'hugo.toml': 'baseURL = "https://example.org/"\n', ...files });
    expect(hugo.posts.map((p) => p.slug)).toEqual(['rust-2020', 'my-second']);
    expect(aliasesOf(hugo, 'rust-2020')).toEqual(['- /posts/2019-11-28-rust-2020/']);
    // Its old URL, from its slug, is its new one: no alias.
    expect(aliasesOf(hugo, 'my-second')).toBeUndefined();
    expect(hugo.posts[0]!.text).toContain('date: 2019-11-28\n');
  });

  it("leave it out of the old URL when Hugo's :filename date handler takes it", () => {
    const config = 'baseURL = "https://example.org/"\n[frontmatter]\ndate = [":filename", ":default"]\n';
    const hugo = plan('hugo', { 'hugo.toml': config, ...files });
    expect(aliasesOf(hugo, 'rust-2020')).toBeUndefined();
  });
});

describe('a Jekyll description written in HTML', () => {
  const jekyll = plan('jekyll', {
    '_config.yml': 'title: Old\n',
    '_posts/2012-04-05-lake.md':
      '---\ntitle: Lake\ndescription: "A <em>fine</em> day at the <a href=\\"/lake\\">lake</a> &amp; shore"\n---\nText.\n',
    '_posts/2012-04-06-plain.md': '---\ntitle: Plain\ndescription: "Just words, 2 > 1."\n---\nText.\n',
  });
  const summary = (slug: string) => /^summary: (.*)$/m.exec(jekyll.posts.find((p) => p.slug === slug)!.text)?.[1];

  it('becomes a plain-text summary, as Quire shows one; the report counts it', () => {
    expect(summary('lake')).toBe('A fine day at the lake & shore');
    expect(summary('plain')).toBe('Just words, 2 > 1.');
    expect(jekyll.conversions['summary with HTML or Markdown → plain text']).toBe(1);
  });
});
