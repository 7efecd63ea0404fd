/**
 * Each measured page's physical limit: its prerendered HTML as one response, with no
 * JavaScript and its CSS inline. Scripts, module preloads and preloads are removed, the
 * stylesheet link becomes a <style> with the stylesheet's text, and the page's
 * Content-Security-Policy meta tag (which forbids inline styles) is dropped. Written
 * into the build's folder so that the same server serves it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const limitDir = 'bench-limit';

/** The built file of a page's path: `/` → index.html, `/posts/x` → posts/x/index.html. */
const htmlFile = (pagePath: string) => path.join(decodeURIComponent(pagePath).replace(/^\//, ''), 'index.html');

async function inlineStylesheets(html: string, distDir: string): Promise<string> {
  const links = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi)];
  let out = html;
  for (const [tag] of links) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href?.startsWith('/')) throw new Error(`Cannot inline the stylesheet ${tag}`);
    const css = await readFile(path.join(distDir, href), 'utf8');
    // url(…) inside the CSS is relative to the stylesheet, not to the page.
    const dir = path.posix.dirname(href);
    const rebased = css.replace(/url\((['"]?)(?![a-z]+:|\/|#)/gi, (_, q: string) => `url(${q}${dir}/`);
    out = out.replace(tag, () => `<style>${rebased}</style>`);
  }
  return out;
}

export async function limitHtml(html: string, distDir: string): Promise<string> {
  const stripped = html
    .replace(/<script\b[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload|prefetch)"[^>]*>\s*/gi, '')
    .replace(/<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>\s*/gi, '');
  return inlineStylesheets(stripped, distDir);
}

/**
 * Writes `/bench-limit/<name>.html` for each page; returns their paths by name, and
 * warnings for a post whose HTML carries much less text than its Markdown.
 */
export async function writeLimitPages(
  distDir: string,
  pages: { name: string; path: string; markdownBytes?: number }[],
): Promise<{ paths: Record<string, string>; warnings: string[] }> {
  await mkdir(path.join(distDir, limitDir), { recursive: true });
  const paths: Record<string, string> = {};
  const warnings: string[] = [];
  for (const page of pages) {
    const limit = await limitHtml(await readFile(path.join(distDir, htmlFile(page.path)), 'utf8'), distDir);
    await writeFile(path.join(distDir, limitDir, `${page.name}.html`), limit);
    paths[page.name] = `/${limitDir}/${page.name}.html`;
    const text = limit
      .replace(/<head>[\s\S]*<\/head>/i, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    if (page.markdownBytes && text.length < page.markdownBytes * 0.6) {
      warnings.push(
        `The prerendered HTML of ${page.path} has only ${text.length} characters of text for ${page.markdownBytes} bytes of Markdown: is the post body prerendered?`,
      );
    }
  }
  return { paths, warnings };
}
