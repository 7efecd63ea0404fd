/**
 * The dev server's content: every post's analysis, keyed by its file name in the posts
 * folder, brought up to date one file at a time as files change. Whatever the order of
 * the events, `content()` is what a cold `loadContent` of the same files returns.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../schema/site.ts';
import { analyse, cacheKey, type Analysis, type AnalysisCache } from '../build/analysis.ts';
import { sha } from '../build/hash.ts';
import { formatDiagnostics, type Diagnostic } from '../content/diagnostics.ts';
import { strayFiles } from '../content/stray-files.ts';
import {
  assembleContent,
  defaultDisplayDir,
  isFolderPostName,
  isPostFileName,
  listPostFiles,
  postFile,
  type Content,
} from '../content/load-content.ts';

export interface DevContentOptions {
  postsDir: string;
  site: SiteConfig;
  /** Folder shown in messages; as `loadContent`'s default when left out. */
  displayDir?: string;
  /** The site's static files, where root-absolute links and images are looked for. */
  publicDir?: string;
}

/** A file that is not there (any more): deleted, renamed away, or turned into a folder. */
const gone = (error: unknown) => ['ENOENT', 'EISDIR', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

export class DevContent {
  /** By path in the posts folder (`x.md`, `x/index.md`), so that a path reported in any form finds the same entry. */
  private readonly analyses = new Map<string, Analysis>();
  /** Size and time of the other files (images) last reported, to tell a change from a repeat. */
  private readonly stamps = new Map<string, string>();
  private readonly postsDir: string;
  private readonly displayDir: string;
  private assembled: Content | undefined;
  /** What in the posts folder is not a post (content/stray-files.ts), as of the last event. */
  private strays: Diagnostic[] = [];

  constructor(private readonly options: DevContentOptions) {
    this.postsDir = path.resolve(options.postsDir);
    this.displayDir = options.displayDir ?? defaultDisplayDir(options.postsDir);
  }

  /** Reads every post afresh, reusing cached analyses of unchanged files. */
  async load(cache: AnalysisCache = {}): Promise<void> {
    this.analyses.clear();
    this.assembled = undefined;
    for (const file of await listPostFiles(this.postsDir, this.displayDir)) {
      await this.read(file.name, cache);
    }
    this.strays = await strayFiles(this.postsDir, this.displayDir);
  }

  /**
   * Something under the posts folder was added, changed or removed. A post file is read
   * again as it is now (so an add, a change and a delete are one operation, and events
   * out of order or twice do no harm); anything else, such as an image, can change
   * which references are missing, so the content is assembled again. Says whether
   * anything changed: a file is often reported more than once for one save.
   */
  async touched(file: string): Promise<boolean> {
    const absolute = path.resolve(file);
    const name = path.relative(this.postsDir, absolute).split(path.sep).join('/');
    const isPost = isFolderPostName(name) || (!name.includes('/') && isPostFileName(name));
    // A folder added or removed as a whole may be reported without its index file.
    const posts = isPost ? [name] : name.includes('/') ? [] : [`${name}/index.md`, `${name}/index.markdown`];
    let changed = false;
    for (const post of posts) {
      const before = this.analyses.get(post)?.hash;
      await this.read(post);
      changed ||= this.analyses.get(post)?.hash !== before;
    }
    if (!isPost) {
      const stamp = await stat(absolute).then(
        (s) => `${s.isDirectory() ? 'dir' : s.size}:${s.mtimeMs}`,
        () => 'none',
      );
      changed ||= this.stamps.get(absolute) !== stamp;
      this.stamps.set(absolute, stamp);
    }
    const strays = await strayFiles(this.postsDir, this.displayDir);
    changed ||= formatDiagnostics(strays) !== formatDiagnostics(this.strays);
    this.strays = strays;
    if (changed) this.assembled = undefined;
    return changed;
  }

  content(): Content {
    const results = [...this.analyses.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, analysis]) => analysis);
    if (!this.assembled) {
      const content = assembleContent(results, {
        postsDir: this.options.postsDir,
        ...(this.options.publicDir && { publicDir: this.options.publicDir }),
        site: this.options.site,
        includeDrafts: true,
      });
      this.assembled = { ...content, diagnostics: [...content.diagnostics, ...this.strays] };
    }
    return this.assembled;
  }

  /** The analyses as the cache file keeps them. */
  cacheEntries(): AnalysisCache {
    return Object.fromEntries([...this.analyses.values()].map((a) => [cacheKey(a.file, a.hash), a]));
  }

  private async read(name: string, cache?: AnalysisCache): Promise<void> {
    try {
      const { tree: _tree, ...analysis } = await analyse(postFile(this.postsDir, name, this.displayDir), cache);
      this.analyses.set(name, analysis);
    } catch (error) {
      if (!gone(error)) throw error;
      this.analyses.delete(name);
    }
  }
}

/**
 * The dev server's analysis cache for a posts folder. Each folder has its own file, so a
 * dev server on another folder (a test's copy, say) neither overwrites nor reads the author's.
 */
export function devCacheFile(postsDir: string, cacheDir = '.cache/quire'): string {
  const dir = path.resolve(postsDir);
  const name = dir === path.resolve('public/posts') ? 'dev-posts.json' : `dev-posts-${sha(dir)}.json`;
  return path.join(cacheDir, name);
}
