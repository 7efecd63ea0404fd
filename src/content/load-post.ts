/** One Markdown file → a validated post with its derived fields, or its problems. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { FrontMatter } from '../schema/post.ts';
import { aliasPath } from '../lib/paths.ts';
import { postSlugPattern, slugify } from '../lib/slug.ts';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import { titleHeading } from '../markdown/title-heading.ts';
import { leftoverSyntax } from './leftover-syntax.ts';
import { countWords, deriveSummary, readingMinutes } from './derive.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parseFrontMatter } from './front-matter.ts';
import { rawHtmlWarnings } from './raw-html-warnings.ts';
import { searchPassages, searchTerms, type SearchTerms } from './search-text.ts';
import { urlWarnings } from './url-warnings.ts';
import { validateFrontMatter } from './validate-front-matter.ts';

/**
 * A link or image checked once all posts are known: a relative link to another post's
 * file, a relative image or link to a file (its path in the posts folder), or a
 * root-absolute URL path (`/static/a.png`, `/2021/02/03/old-post/`).
 */
export interface Reference {
  kind: 'post' | 'image' | 'file' | 'root';
  /** A root-absolute URL an image shows (not a link). */
  image?: true;
  /** Post slug; path relative to the posts folder; or, for `root`, the path from the site root. */
  target: string;
  line: number;
  column: number;
}

export interface LoadedPost {
  slug: string;
  /** Path shown in messages, e.g. `public/posts/lets-go.md`. */
  file: string;
  /** Path relative to the posts folder: `lets-go.md`, or `lets-go/index.md` for a folder post. */
  source: string;
  frontMatter: FrontMatter;
  /** Line of each front matter key, for later cross-post checks. */
  lines: Record<string, number>;
  summary: string;
  words: number;
  readingMinutes: number;
  references: Reference[];
  /** Searchable terms and their weights (content/search-text.ts). */
  search: SearchTerms;
  /**
   * Its text in passages, for excerpts and phrases (content/search-text.ts). Not in the
   * analyses the build reads from its cache, which keeps it in a file of its own.
   */
  searchText?: string[];
  /** Router paths of the post's `aliases`, where each is written (checked against the site's pages by the build). */
  aliases: { path: string; line: number; column: number }[];
}

export interface LoadResult {
  post?: LoadedPost;
  diagnostics: Diagnostic[];
  /** The parsed Markdown, for rendering without parsing again (not cached). */
  tree?: Root;
}

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;
/** An HTML start or end tag, as another generator let a summary hold. */
const htmlTag = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>/i;
/** A post's file, relative to the posts folder: `<slug>.md` or `<slug>/index.md`. */
const postSource = /^([^/]+)(?:\.md|\/index\.(?:md|markdown))$/;

/**
 * The local images a post shows, cover included, each by its path from the site root
 * (`posts/images/a.png`, `static/b.jpg`): what the build measures (build/post-images.ts).
 */
export function localImages(post: Pick<LoadedPost, 'references' | 'source' | 'frontMatter'>): string[] {
  const paths = post.references.flatMap((r) =>
    r.kind === 'image' ? [`posts/${r.target}`] : r.kind === 'root' && r.image ? [r.target.slice(1)] : [],
  );
  const { cover } = post.frontMatter;
  if (cover && !external.test(cover))
    paths.push(cover.startsWith('/') ? cover.split(/[?#]/)[0]!.slice(1) : `posts/${inPostsFolder(cover, post.source)}`);
  return [...new Set(paths)];
}

/** The folder a post's relative links and images start from, relative to the posts folder: `` or `<slug>/`. */
export const sourceDir = (source: string) => source.slice(0, source.lastIndexOf('/') + 1);

/** A relative URL in the post at `source` → the path it names in the posts folder (`..` beyond it kept). */
function inPostsFolder(url: string, source: string): string {
  const parts: string[] = [];
  for (const part of (sourceDir(source) + url.split(/[?#]/)[0]!).split('/')) {
    if (part === '..' && parts.length && parts.at(-1) !== '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function references(tree: Root, source: string): Reference[] {
  const found: Reference[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    let url = node.url;
    try {
      url = decodeURI(url);
    } catch {
      // Keep a malformed %-escape as written; the check below still applies.
    }
    if (!url || external.test(url)) return;
    const { line, column } = node.position!.start;
    if (url.startsWith('/')) {
      found.push({ kind: 'root', target: url.split(/[?#]/)[0]!, line, column, ...(node.type === 'image' && { image: true }) });
      return;
    }
    const target = inPostsFolder(url, source);
    const post = postSource.exec(target);
    if (node.type !== 'image' && post) found.push({ kind: 'post', target: post[1]!, line, column });
    else if (node.type === 'image') found.push({ kind: 'image', target, line, column });
    // A link to a file (a name with an extension); a relative link to a page (../tags/go) is the app's.
    else if (/\.[a-z0-9]+$/i.test(target)) found.push({ kind: 'file', target, line, column });
  });
  return found;
}

/**
 * `name` is the file's path in the posts folder: `<slug>.md`, or `<slug>/index.md` (or
 * `index.markdown`) for a folder post, whose slug is the folder's name.
 */
export function loadPost(file: string, source: string, name = file.split('/').pop()!): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, column: number, severity: Diagnostic['severity'], message: string) =>
    diagnostics.push({ file, line, column, severity, message });
  const folder = name.includes('/');
  const base = name.split('/').pop()!;
  const slug = folder ? name.split('/')[0]! : base.replace(/\.(md|markdown)$/i, '');
  if (!folder && !base.endsWith('.md')) {
    report(
      1,
      1,
      'error',
      `"${base}" is not read as a post: posts are named <slug>.md (lowercase .md), e.g. "${slug.toLowerCase()}.md"`,
    );
    return { diagnostics };
  }
  if (!postSlugPattern.test(slug)) {
    const suggestion = slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const [what, ending] = folder ? ['folder name', '/'] : ['file name', '.md'];
    report(
      1,
      1,
      'error',
      `${what} "${slug}${ending}" is not a valid slug: use lowercase letters, digits and hyphens${suggestion ? `, e.g. "${suggestion}${ending}"` : ''}`,
    );
  }

  const parsed = parseFrontMatter(source);
  for (const p of parsed.problems) report(p.position.line, p.position.column, 'error', p.message);
  if (parsed.problems.length) return { diagnostics };

  const checked = validateFrontMatter(parsed);
  for (const p of checked.problems)
    diagnostics.push({
      file,
      line: p.position.line,
      column: p.position.column,
      severity: p.severity,
      message: p.message,
      ...(p.group && { group: p.group }),
    });
  if (!checked.frontMatter || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const { author } = checked.frontMatter;
  const named = [
    ...(checked.frontMatter.tags ?? []).map((name, i) => ({ name, path: ['tags', i], what: 'tag' })),
    ...(checked.frontMatter.series ? [{ name: checked.frontMatter.series, path: ['series'], what: 'series' }] : []),
    ...[author ?? []].flat().map((name, i) => ({
      name,
      path: Array.isArray(author) ? ['author', i] : ['author'],
      what: 'author',
    })),
  ];
  for (const { name, path, what } of named) {
    if (slugify(name)) continue;
    const at = parsed.positionOf(path) ?? { line: 1, column: 1 };
    report(
      at.line,
      at.column,
      'error',
      `${what} "${name}" has no letter or digit to make its URL from: add a word, e.g. "${name} notes"`,
    );
  }
  const aliases: LoadedPost['aliases'] = [];
  (checked.frontMatter.aliases ?? []).forEach((value, i) => {
    const at = parsed.positionOf(['aliases', i]) ?? { line: 1, column: 1 };
    const alias = aliasPath(value);
    if ('error' in alias) report(at.line, at.column, 'error', `alias "${value}" ${alias.error}`);
    else aliases.push({ path: alias.path, ...at });
  });
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  const tree = parseMarkdown(source);
  const words = countWords(tree);
  const fm = checked.frontMatter;
  diagnostics.push(...leftoverSyntax(tree, file), ...urlWarnings(tree, file), ...rawHtmlWarnings(tree, file));
  const heading = titleHeading(tree, fm.title);
  if (heading?.position) {
    const group = {
      what: 'first heading repeats the title',
      fix: 'it is left out, so the title shows once: remove it from the text',
    };
    const { line, column } = heading.position.start;
    diagnostics.push({ file, line, column, severity: 'warning', message: `${group.what}: ${group.fix}`, group });
  }
  const summary = fm.summary ?? deriveSummary(tree);
  const tag = fm.summary && htmlTag.exec(fm.summary);
  if (tag) {
    const group = { what: 'summary with HTML tags', fix: 'a summary is plain text, shown as written: leave the tags out' };
    const at = parsed.positionOf(['summary']) ?? { line: 1, column: 1 };
    diagnostics.push({ file, ...at, severity: 'warning', message: `summary with HTML tags ("${tag[0]}"): ${group.fix}`, group });
  }
  return {
    post: {
      slug,
      file,
      source: name,
      frontMatter: checked.frontMatter,
      lines: Object.fromEntries([...parsed.keyPositions].map(([key, pos]) => [key, pos.line])),
      summary,
      words,
      readingMinutes: readingMinutes(words),
      references: references(tree, name),
      search: searchTerms(tree, { title: fm.title, summary, tags: fm.tags ?? [], ...(fm.series && { series: fm.series }) }),
      searchText: searchPassages(tree),
      aliases,
    },
    diagnostics,
    tree,
  };
}
