import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostics.ts';
import { loadPost } from './load-post.ts';

const load = (frontMatter: string) =>
  loadPost('public/posts/a-post.md', `---\ntitle: A post\ndate: 2024-05-01\n${frontMatter}\n---\n\nText.\n`);
const problems = (frontMatter: string) => load(frontMatter).diagnostics.map(formatDiagnostic);

describe('aliases in front matter', () => {
  it('reads absolute and relative old paths as router paths, with their lines', () => {
    const { post, diagnostics } = load('aliases:\n  - /2021/02/03/my-post/\n  - old-name\n  - /old/page.html\n  - /caf%C3%A9/');
    expect(diagnostics).toEqual([]);
    expect(post!.aliases).toEqual([
      { path: '/2021/02/03/my-post', line: 5, column: 5 },
      { path: '/posts/old-name', line: 6, column: 5 },
      { path: '/old/page.html', line: 7, column: 5 },
      { path: '/café', line: 8, column: 5 },
    ]);
  });

  it('reports an alias that is not a path, or points outside the site, at its item', () => {
    expect(problems('aliases: [https://old.example.com/x/, "/a b/", /x/../../etc/, "/%E0%A4%A/"]')).toEqual([
      'public/posts/a-post.md:4:11: alias "https://old.example.com/x/" is a URL, not a path on this site: write the old path, e.g. /2021/02/03/my-post/ or old-name',
      'public/posts/a-post.md:4:39: alias "/a b/" is not a path (no spaces, ?, # or \\): write the old path, e.g. /2021/02/03/my-post/ or old-name',
      'public/posts/a-post.md:4:48: alias "/x/../../etc/" points outside the site: an alias is a path from the site root, without "." or ".." segments',
      'public/posts/a-post.md:4:63: alias "/%E0%A4%A/" is not a path (a malformed %-escape): write the old path, e.g. /2021/02/03/my-post/ or old-name',
    ]);
  });

  it('reports aliases that are not a list of text', () => {
    expect(problems('aliases: /old/')).toEqual([
      'public/posts/a-post.md:4:10: "aliases" must be a list of old paths, e.g. aliases: [/2021/02/03/my-post/]',
    ]);
    expect(problems('aliases:\n  - ""')).toEqual([
      'public/posts/a-post.md:5:5: "aliases.0" must not be empty (an old path of the post)',
    ]);
  });
});
