/**
 * A post's old paths (`aliases` in its front matter) lead to the post on a plain static
 * server, at `/` and under `/blog/`: a small page with a meta refresh (no script), the
 * post as canonical, noindex, and a plain link for when the refresh does not run.
 */
import { expect, test } from '@playwright/test';
import { canonical, hostedSites, linksWithRel, metaValue, parseHtml, served } from './head-support.ts';
import { currentPage, post, waitForApp } from './support.ts';

const target = post('network-namespaces-in-ecs');
const aliases = ['2024/11/18/network-namespaces-in-ecs/', 'posts/ecs-network-namespaces'];

/** The post's URL; a host that serves only folders (the sub-path site) adds the slash of its folder. */
const postUrl = (site: (typeof hostedSites)[number]) =>
  new RegExp(`^${served(site, `posts/${target.slug}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${site.foldersOnly ? '/' : ''}$`);

for (const site of hostedSites) {
  test.describe(`aliases (${site.name}, ${site.basePath})`, () => {
    for (const alias of aliases) {
      test(`opening ${alias} lands on the post`, async ({ page }) => {
        const errors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.goto(served(site, alias));
        await expect(page).toHaveURL(postUrl(site), { timeout: 15_000 });
        await waitForApp(page);
        await expect(currentPage(page).getByRole('heading', { level: 1 })).toHaveText(target.title);
        // A CSP violation (an inline script or style) would show here.
        expect(errors).toEqual([]);
      });
    }

    test('the alias page names the post, is not indexed and links to it without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const response = await context.request.get(served(site, aliases[0]!));
      expect(response.status()).toBe(200);
      const html = await response.text();
      const raw = await parseHtml(await context.newPage(), html);
      expect(linksWithRel(raw, 'canonical').map((l) => l.href)).toEqual([canonical(site, `posts/${target.slug}`)]);
      expect(metaValue(raw, 'robots')).toBe('noindex');
      const to = `${site.basePath}posts/${target.slug}`;
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
      expect(html).toContain(`<a href="${to}">${target.title}</a>`);
      expect(html).not.toContain('<script');
      // The refresh is not script: it works with JavaScript off too.
      const page = await context.newPage();
      await page.goto(served(site, aliases[0]!));
      await expect(page).toHaveURL(postUrl(site), { timeout: 15_000 });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
      await context.close();
    });

    test('aliases are in no list, feed or sitemap', async ({ request }) => {
      for (const file of ['sitemap.xml', 'feed.xml', 'atom.xml', 'feed.json', 'archive', '']) {
        const text = await (await request.get(served(site, file))).text();
        expect(text, file).not.toContain('2024/11/18');
        expect(text, file).not.toContain('ecs-network-namespaces');
      }
    });
  });
}
