/** The sites the end-to-end tests serve: the built blog and the fixture builds beside it. */
export interface E2eSite {
  name: string;
  port: number;
  /** Sub-path the site is served under. */
  base: string;
  outDir: string;
  /** Posts of a fixture site (built by scripts/build-e2e-fixtures.ts); undefined for dist/. */
  postsDir?: string;
  /** Served like S3's website endpoint: a folder's index.html, never `/x` from `x.html`. */
  foldersOnly?: boolean;
}

export const e2eSites: E2eSite[] = [
  { name: 'blog', port: 4173, base: '/', outDir: 'dist' },
  { name: 'subpath', port: 4174, base: '/blog/', outDir: '.cache/e2e/subpath', postsDir: 'public/posts', foldersOnly: true },
  { name: 'hostile', port: 4175, base: '/', outDir: '.cache/e2e/hostile', postsDir: 'e2e/fixtures/hostile' },
  { name: 'odd', port: 4176, base: '/', outDir: '.cache/e2e/odd', postsDir: 'e2e/fixtures/odd' },
];

export const siteUrl = (name: string) => {
  const site = e2eSites.find((s) => s.name === name)!;
  return `http://localhost:${site.port}${site.base}`;
};
