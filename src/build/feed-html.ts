/**
 * A post as standalone sanitized HTML with absolute URLs (fragments too: `pageUrl#x`), for
 * feeds. Bundled with the prerenderer (see compile-app.ts), so that it renders with the
 * same tree walkers.
 */
import { toHtml } from 'hast-util-to-html';
import { markdownToHast } from '../markdown/markdown-to-hast.ts';
import rehypeAbsoluteFragments from '../markdown/plugins/rehype-absolute-fragments.ts';

/** `post.dir` is the post's folder relative to `posts/` (`` or `<slug>/`), where its relative links start. */
export async function renderPostHtml(
  markdown: string,
  baseUrl: string,
  pageUrl: string,
  post: { dir: string; title: string },
): Promise<string> {
  const tree = await markdownToHast(markdown, { base: baseUrl, ...post });
  rehypeAbsoluteFragments({ pageUrl })(tree);
  return toHtml(tree);
}
