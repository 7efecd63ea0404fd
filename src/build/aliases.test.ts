import { describe, expect, it } from 'vitest';
import type { Alias } from '../content/collect-posts.ts';
import { formatDiagnostic } from '../content/diagnostics.ts';
import type { SiteConfig } from '../schema/site.ts';
import { aliasPages } from './aliases.ts';

const site = { title: 'Blog', language: 'en', baseUrl: 'https://example.com/blog/' } as SiteConfig;
const alias = (path: string, slug: string, line: number): Alias => ({
  path,
  slug,
  title: `Post <${slug}>`,
  file: `public/posts/${slug}.md`,
  line,
  column: 5,
});
const pages = ['/', '/posts/new-name', '/tags', '/tags/go', '/archive', '/404'];

describe('aliasPages', () => {
  it('writes a redirect page per alias: refresh, canonical, noindex, a plain link, the CSP; under the base', () => {
    const { files, diagnostics } = aliasPages(
      { aliases: [alias('/2021/02/03/old', 'new-name', 4), alias('/old.html', 'new-name', 5)] },
      site,
      pages,
      "default-src 'self'",
    );
    expect(diagnostics).toEqual([]);
    expect([...files.keys()]).toEqual(['2021/02/03/old/index.html', 'old.html']);
    const html = files.get('2021/02/03/old/index.html')!;
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/blog/posts/new-name">');
    expect(html).toContain('<link rel="canonical" href="https://example.com/blog/posts/new-name">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/blog/posts/new-name">Post &lt;new-name&gt;</a>');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">');
    expect(html).not.toContain('<script');
  });

  it('reports aliases that collide with a page, a build file or another alias, at file:line:column', () => {
    const { files, diagnostics } = aliasPages(
      {
        aliases: [
          alias('/tags/go', 'a', 4),
          alias('/posts/new-name.html', 'a', 5),
          alias('/assets/x', 'a', 6),
          alias('/old', 'a', 7),
          alias('/old', 'b', 3),
          alias('/', 'b', 4),
        ],
      },
      site,
      pages,
      '',
    );
    expect([...files.keys()]).toEqual(['old/index.html']);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'public/posts/a.md:4:5: alias "/tags/go" is the URL of a page of the site (/tags/go): an alias must be an old path that no page uses',
      'public/posts/a.md:5:5: alias "/posts/new-name.html" is the URL of a page of the site (/posts/new-name): an alias must be an old path that no page uses',
      'public/posts/a.md:6:5: alias "/assets/x" is a file or folder the build writes (assets): choose another path',
      'public/posts/b.md:3:5: alias "/old" is already an alias of "a" (public/posts/a.md:7): each old path can lead to one post only',
      'public/posts/b.md:4:5: alias "/" is the URL of a page of the site (/): an alias must be an old path that no page uses',
    ]);
  });
});
