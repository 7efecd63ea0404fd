/**
 * A post as standalone sanitized HTML with absolute URLs, for feeds. Bundled with the
 * prerenderer (see compile-app.ts), so that it renders with the same tree walkers.
 */
import { toHtml } from 'hast-util-to-html';
import { markdownToHast } from '../markdown/markdown-to-hast.ts';

export async function renderPostHtml(markdown: string, baseUrl: string): Promise<string> {
  return toHtml(await markdownToHast(markdown, { base: baseUrl }));
}
