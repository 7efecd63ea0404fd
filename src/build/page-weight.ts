/**
 * The JavaScript a reader downloads to open a page of the built site: the page's
 * module script and modulepreloads, plus every chunk those import statically.
 * Dynamic imports (highlighting, raw HTML parsing) are left out: they load only when used.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  files: string[];
  gzipBytes: number;
  rawBytes: number;
}

const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

export async function pageJavaScript(distDir: string, htmlFile: string, base = '/'): Promise<PageWeight> {
  const html = await readFile(path.join(distDir, htmlFile), 'utf8');
  const fromHtml = [
    ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!.slice(base.length));
  const seen = new Set<string>();
  let gzipBytes = 0;
  let rawBytes = 0;
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(path.join(distDir, file));
    rawBytes += code.length;
    gzipBytes += gzipSync(code, { level: 9 }).length;
    for (const m of code.toString('utf8').matchAll(staticImport)) {
      await visit(path.posix.join(path.posix.dirname(file), m[1]!));
    }
  };
  for (const file of fromHtml) await visit(file);
  return { files: [...seen], gzipBytes, rawBytes };
}
