import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../app/entry-server.tsx';
import { loadContent } from '../content/load-content.ts';
import { NotFoundError } from '../data/errors.ts';
import type { DataSource } from '../data/source.ts';
import { dataPaths } from '../lib/paths.ts';
import { slugify } from '../lib/slug.ts';
import { htmlFileFor, notFoundPage, pageSpecs, twinHtmlFileFor } from './page-paths.ts';
import { resolveSite } from './site-config.ts';

const site = resolveSite({ QUIRE_BASE_URL: 'https://example.com/' });

describe('the data files each prerendered page lists', () => {
  it('are all it reads: a page is rendered again exactly when one of them changed', async () => {
    const postsDir = path.resolve('public/posts');
    const { blog, files } = await loadContent({ postsDir, site, includeDrafts: false });
    const specs = [...pageSpecs(blog, site.postsPerPage), notFoundPage];
    const unlisted: string[] = [];
    for (const spec of specs) {
      const read = new Set<string>();
      const source: DataSource = {
        json: <T>(file: string) => {
          read.add(file);
          return files.has(file) ? Promise.resolve(files.get(file) as T) : Promise.reject(new NotFoundError(file));
        },
        text: () => Promise.resolve('A text.'),
      };
      await renderPage(spec.path, { base: '/', dataId: 'test', source });
      for (const file of read) if (!spec.data.includes(file)) unlisted.push(`${spec.path} reads ${file}`);
    }
    expect(unlisted).toEqual([]);
  }, 60_000);

  it('leave the list of every tag, series and author to the pages that show it', () => {
    const blog = { posts: [], tags: [{ slug: 't' }], series: [{ slug: 's' }], authors: [{ slug: 'a' }] };
    const dependsOnTerms = pageSpecs(blog as never, 10)
      .filter((spec) => spec.data.includes(dataPaths.terms()))
      .map((spec) => spec.path);
    expect(dependsOnTerms).toEqual(['/', '/tags', '/series', '/search', '/authors/a']);
  });
});

describe('the files each prerendered page is written to', () => {
  it('are its own, even for a post, tag, series and author named "Index"', () => {
    const slug = slugify('Index');
    const blog = { posts: [{ slug: 'index' }], tags: [{ slug }], series: [{ slug }], authors: [{ slug }] };
    const files = [...pageSpecs(blog as never, 10), notFoundPage].flatMap((spec) => [
      htmlFileFor(spec.path),
      twinHtmlFileFor(spec.path) ?? [],
    ]);
    expect(files.filter((file, i) => files.indexOf(file) !== i)).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['tags/index.html', 'tags/index-1.html', 'series/index-1.html']));
  });
});
