import path from 'node:path';

/** The sites the end-to-end tests serve: the built blog and the fixture builds beside it. */
export interface E2eSite {
  name: string;
  port: number;
  /** Sub-path the site is served under. */
  base: string;
  outDir: string;
  /** Posts of a fixture site (built by scripts/build-e2e-fixtures.ts); undefined for dist/. */
  postsDir?: string;
  /**
   * An old site (src/import/fixtures/<from>) that scripts/build-e2e-fixtures.ts imports with
   * `npm run import` into `.cache/e2e-import/<name>/public/` (postsDir is its posts/), then builds.
   */
  importFrom?: string;
  /** Served like S3's website endpoint: a folder's index.html, never `/x` from `x.html`. */
  foldersOnly?: boolean;
  /** The build's clock (as QUIRE_NOW sets it), for a site with a post scheduled after it. */
  now?: string;
}

/** E2E_PORT moves every site (the blog on it, the fixtures on the next ports), e.g. beside another run of the suite. */
const port = Number(process.env.E2E_PORT ?? 4173);

export const e2eSites: E2eSite[] = [
  { name: 'blog', port, base: '/', outDir: 'dist' },
  { name: 'subpath', port: port + 1, base: '/blog/', outDir: '.cache/e2e/subpath', postsDir: 'public/posts', foldersOnly: true },
  { name: 'hostile', port: port + 2, base: '/', outDir: '.cache/e2e/hostile', postsDir: 'e2e/fixtures/hostile' },
  { name: 'odd', port: port + 3, base: '/', outDir: '.cache/e2e/odd', postsDir: 'e2e/fixtures/odd' },
  ...(['hugo', 'jekyll'] as const).map((from, i) => ({
    name: `${from}-import`,
    port: port + 4 + i,
    base: '/',
    outDir: `.cache/e2e/${from}-import`,
    postsDir: `.cache/e2e-import/${from}/public/posts`,
    importFrom: `src/import/fixtures/${from}`,
  })),
  // One post published, one scheduled for 2026-01-02 09:00 UTC: built before and after that time.
  ...(['2026-01-01T00:00:00Z', '2026-01-03T00:00:00Z'] as const).map((now, i) => ({
    name: i === 0 ? 'scheduled' : 'scheduled-later',
    port: port + 6 + i,
    base: '/',
    outDir: `.cache/e2e/scheduled-${i}`,
    postsDir: 'e2e/fixtures/scheduled',
    now,
  })),
];

/** Where build-e2e-fixtures.ts keeps what `npm run import` printed for an imported site. */
export const importReportFile = (site: E2eSite) => path.join(path.dirname(path.dirname(site.postsDir!)), 'import-report.txt');

/** The dev server that e2e/dev-server.spec.ts starts (the next ports for more workers), clear of the static sites. */
export const devServerPort = port + 10;

export const siteUrl = (name: string) => {
  const site = e2eSites.find((s) => s.name === name)!;
  return `http://localhost:${site.port}${site.base}`;
};
