/**
 * A source site → the Quire posts to write, the files to copy, and the report. Pure
 * over a `SourceTree`: nothing here writes (see write-plan.ts).
 */
import { stringify } from 'yaml';
import { markdownText } from '../content/derive.ts';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import { resolveImageUrl, urlScheme } from '../markdown/resolve-url.ts';
import { aliasPath } from '../lib/paths.ts';
import { slugify } from '../lib/slug.ts';
import { checkTimeZone, toIsoDate } from './dates.ts';
import { readConfig, type SourceConfig, type SourceKind } from './detect.ts';
import { hugoPermalink, jekyllPermalink, zolaPermalink } from './permalinks.ts';
import { convertBody } from './shortcodes.ts';
import { splitFrontMatter } from './source-front-matter.ts';
import type { SourceTree } from './source-tree.ts';

export interface CopiedFile {
  /** Path in the source folder. */
  from: string;
  /** Path under the posts folder (`assets`) or under `public/` (`staticFiles`). */
  to: string;
}

export interface PlannedPost {
  source: string;
  slug: string;
  /** `<slug>.md`, or `<slug>/index.md` for a post with its own files. */
  target: string;
  text: string;
  draft: boolean;
  /** The old paths written in its `aliases`. */
  aliases: string[];
  assets: CopiedFile[];
}

export interface ImportNote {
  file: string;
  line: number;
  message: string;
}

export interface ImportPlan {
  kind: SourceKind;
  timeZone: string;
  posts: PlannedPost[];
  /** The site's static files, copied under `public/` so root-absolute paths resolve. */
  staticFiles: CopiedFile[];
  skipped: { file: string; reason: string }[];
  /** What needs a look, with the source file's line. */
  notes: ImportNote[];
  /** How many of each conversion were made (`youtube`, `description → summary` …). */
  conversions: Record<string, number>;
  /** Front matter fields with no Quire meaning, and in how many posts. */
  droppedFields: Record<string, number>;
  /** Settings problems (unreadable config). */
  problems: string[];
}

export interface ImportOptions {
  kind: SourceKind;
  /** `--time-zone`, which wins over the config's. */
  timeZone?: string;
}

/** Source fields the importer reads; others are left out and counted in the report. */
const knownFields = new Set(
  'title date publishDate pubDate published_date updated lastmod last_modified_at summary description excerpt author authors tags categories category series seriesOrder series_order draft published cover aliases redirect_from url permalink path slug extra taxonomies'.split(
    ' ',
  ),
);

const spelling = new Map([...knownFields].map((field) => [field.toLowerCase(), field]));

/** Hugo reads front matter keys in any case (`Title`, `PublishDate`): each known one in the spelling read here. */
function knownSpelling(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const known = spelling.get(key.toLowerCase()) ?? key;
    // A key written in the known spelling wins over another case of it.
    if (!(known in out) || key === known) out[known] = value;
  }
  return out;
}

const markdownFile = /\.(md|markdown)$/i;
const datePrefix = /^(\d{4}-\d{2}-\d{2})[-_]/;

interface Candidate {
  file: string;
  /** File name without extension and date prefix, or the bundle's folder name. */
  name: string;
  section: string[];
  /** Folder whose other files belong to the post (a page bundle). */
  bundle?: string;
  datePrefix?: string;
  /** `name` as the file has it, date prefix included. */
  fullName: string;
  draft?: boolean;
  /** A Zola page at the top of content/: a post only when it has a date (the root section is the blog). */
  topLevel?: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** A list or a comma- (else space-) separated string → names. */
function names(v: unknown): string[] {
  if (Array.isArray(v))
    return v.flatMap((x) => (typeof x === 'string' || typeof x === 'number' ? [String(x).trim()] : [])).filter(Boolean);
  if (typeof v !== 'string') return [];
  return (v.includes(',') ? v.split(',') : v.split(/\s+/)).map((s) => s.trim()).filter(Boolean);
}

/** A slug valid as a Quire file name: ASCII letters, digits and hyphens. */
export function fileSlug(text: string): string {
  return slugify(text)
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

function candidates(tree: SourceTree, kind: SourceKind, skip: (file: string, reason: string) => void): Candidate[] {
  const found: Candidate[] = [];
  const bundleOf = (file: string) => file.slice(0, file.lastIndexOf('/'));
  const add = (file: string, rel: string, extra: Partial<Candidate> = {}) => {
    const parts = rel.split('/');
    const base = parts.pop()!.replace(markdownFile, '');
    const isBundle = base === 'index' && parts.length > 0;
    const name = isBundle ? parts.pop()! : base;
    const prefix = datePrefix.exec(name)?.[1];
    found.push({
      file,
      name: prefix ? name.slice(11) : name,
      fullName: name,
      section: parts,
      datePrefix: prefix,
      ...(isBundle ? { bundle: bundleOf(file) } : {}),
      ...extra,
    });
  };
  const bundles = new Set(tree.files.filter((f) => /\/index\.(md|markdown)$/i.test(f)).map(bundleOf));
  const insideBundle = (file: string) => {
    const own = /\/index\.(md|markdown)$/i.test(file) ? bundleOf(file) : file;
    for (let dir = bundleOf(own); dir.includes('/'); dir = bundleOf(dir)) if (bundles.has(dir)) return true;
    return false;
  };
  for (const file of tree.files) {
    if (!markdownFile.test(file)) continue;
    const base = file.split('/').pop()!;
    if (kind === 'hugo' || kind === 'zola') {
      if (!file.startsWith('content/')) continue;
      const rel = file.slice('content/'.length);
      const language = /\.([a-z]{2,3}(?:-[a-z]{2,4})?)\.(md|markdown)$/i.exec(base)?.[1];
      if (/^_index\.(.+\.)?(md|markdown)$/i.test(base)) skip(file, 'section page (_index.md): its list is made by Quire');
      else if (kind === 'hugo' && language) skip(file, `a translation (${language}): a Quire blog has one language`);
      else if (rel.split('/').length === 1 || (base === 'index.md' && rel.split('/').length === 2)) {
        // Hugo lists only its sections' pages; Zola's root section may be the blog itself.
        if (kind === 'hugo') skip(file, 'a page at the top of content/, not a post');
        else add(file, rel, { topLevel: true });
      } else if (insideBundle(file)) skip(file, 'a page inside a page bundle (its resources are kept only beside the bundle)');
      else add(file, rel);
    } else if (kind === 'jekyll') {
      const posts = /(?:^|\/)_posts\//.exec(file);
      const drafts = file.startsWith('_drafts/');
      if (posts) {
        // Folders around _posts/ are categories to Jekyll: `blog/_posts/go/x.md` is in blog and go.
        add(file, file.slice(posts.index + posts[0].length));
        found.at(-1)!.section.unshift(...file.slice(0, posts.index).split('/').filter(Boolean));
      } else if (drafts) add(file, file.slice('_drafts/'.length), { draft: true });
      else if (!file.startsWith('_') && !/^readme\.md$/i.test(base)) skip(file, 'a page, not a post (posts are in _posts/)');
    } else {
      if (/^(readme|license|changelog)\.md$/i.test(base)) skip(file, `${base}: not a post`);
      else add(file, file, {});
    }
  }
  // Plain folders have no sections: the folder path is only where the file was.
  if (kind === 'markdown') for (const c of found) c.section = [];
  return found;
}

export function planImport(tree: SourceTree, options: ImportOptions): ImportPlan {
  const config: SourceConfig = readConfig(tree, options.kind);
  const timeZone = options.timeZone ?? config.timeZone ?? 'UTC';
  checkTimeZone(timeZone);
  const plan: ImportPlan = {
    kind: options.kind,
    timeZone,
    posts: [],
    staticFiles: [],
    skipped: [],
    notes: [],
    conversions: {},
    droppedFields: {},
    problems: [...config.problems],
  };
  const count = (what: string) => (plan.conversions[what] = (plan.conversions[what] ?? 0) + 1);
  const skip = (file: string, reason: string) => plan.skipped.push({ file, reason });
  const found = candidates(tree, options.kind, skip);

  // Front matter first, so that every post's new slug is known before links are resolved.
  const parsed = found
    .map((c) => ({ c, fm: splitFrontMatter(tree.read(c.file)) }))
    .map(({ c, fm }) => ({ c, fm: options.kind === 'hugo' ? { ...fm, data: knownSpelling(fm.data) } : fm }))
    .filter(({ c, fm }) => {
      const dated = c.datePrefix || ['date', 'publishDate', 'pubDate'].some((k) => fm.data[k] !== undefined);
      if (c.topLevel && !dated) skip(c.file, 'a page at the top of content/ without a date, not a post');
      return !c.topLevel || dated;
    });
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  const lookup = new Map<string, string>();
  for (const { c, fm } of parsed) {
    if (fm.error) continue;
    let slug = fileSlug(str(fm.data.slug) ?? c.name) || fileSlug(str(fm.data.title) ?? '') || 'post';
    if (taken.has(slug)) {
      let n = 2;
      while (taken.has(`${slug}-${n}`)) n++;
      plan.notes.push({
        file: c.file,
        line: 1,
        message: `another post already has the slug "${slug}": written as "${slug}-${n}"`,
      });
      slug = `${slug}-${n}`;
    }
    taken.add(slug);
    slugs.set(c.file, slug);
    // Every way a reference may name this post: its path, without extension or `content/`, its name.
    const noExt = c.file.replace(markdownFile, '');
    const keys = [
      c.file,
      noExt,
      c.file.replace(/^content\//, ''),
      noExt.replace(/^content\//, ''),
      c.file.split('/').pop()!,
      noExt.split('/').pop()!,
      c.name,
    ];
    if (c.bundle) keys.push(c.bundle, c.bundle.replace(/^content\//, ''));
    for (const key of keys) if (!lookup.has(key.toLowerCase())) lookup.set(key.toLowerCase(), slug);
  }
  const findPost = (ref: string) => {
    const key = ref
      .trim()
      .replace(/^["']|["']$/g, '')
      .replace(/^\.?\//, '')
      .replace(/^content\//, '')
      .replace(/\/$/, '')
      .toLowerCase();
    return lookup.get(key) ?? lookup.get(key.replace(markdownFile, '')) ?? lookup.get(`${key}/index.md`);
  };

  for (const { c, fm } of parsed) {
    if (fm.error) {
      plan.notes.push({ file: c.file, line: fm.error.line, message: `${fm.error.message}: not imported` });
      continue;
    }
    const slug = slugs.get(c.file)!;
    const data = { ...fm.data };
    const extra = isRecord(data.extra) ? data.extra : {};
    const taxonomies = isRecord(data.taxonomies) ? data.taxonomies : {};
    const note = (line: number, message: string) => plan.notes.push({ file: c.file, line, message });
    const take = (key: string) => data[key];

    let body = fm.body;
    let title = str(take('title'));
    const heading = /^\s*#\s+(.+?)\s*#*\s*$/m.exec(body.split('\n').find((l) => l.trim()) ?? '');
    if (!title && heading) {
      title = heading[1]!;
      count('title from the first heading');
    }
    if (heading && heading[1] === title) body = body.replace(/^\s*#\s+.+\n?/, '');
    if (!title && options.kind === 'jekyll') {
      // What Jekyll itself shows for a post without a title.
      title = c.name
        .split(/[-_\s]+/)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(' ');
      count('title from the file name, as Jekyll does');
    } else if (!title) {
      title = c.name.replace(/[-_]+/g, ' ').replace(/^\w/, (ch) => ch.toUpperCase());
      note(1, `no title: "${title}" made from the file name`);
    }

    const rawDate = take('date') ?? take('publishDate') ?? take('pubDate') ?? take('published_date') ?? c.datePrefix;
    let date = toIsoDate(rawDate, timeZone);
    if (rawDate !== undefined && !date)
      note(1, `date ${JSON.stringify(rawDate)} is not a date: the file's modification time is used instead`);
    else if (rawDate === undefined) note(1, "no date: the file's modification time is used instead");
    date ??= tree.modified(c.file);
    if (typeof rawDate === 'string' && date !== rawDate) count('date to ISO with offset');

    const out: Record<string, unknown> = { title, date };
    const updatedRaw = take('updated') ?? take('lastmod') ?? take('last_modified_at');
    const updated = toIsoDate(updatedRaw, timeZone);
    if (updated) out.updated = updated;

    const summary = str(take('summary')) ?? str(take('description')) ?? str(take('excerpt'));
    // A Quire summary is plain text; other generators let it hold HTML or Markdown.
    const summaryText = summary && /[<>&*_`[\]]/.test(summary) ? markdownText(parseMarkdown(summary)) : summary;
    if (summaryText !== summary) count('summary with HTML or Markdown → plain text');
    if (summaryText) out.summary = summaryText;
    if (!str(data.summary) && str(data.description)) count('description → summary');

    const authorList = [take('author'), take('authors'), extra.author, extra.authors, taxonomies.authors].flatMap((v) =>
      isRecord(v) && str(v.name) ? [str(v.name)!] : Array.isArray(v) ? names(v) : str(v) ? [str(v)!] : [],
    );
    const authors = [...new Set(authorList)];
    if (authors.length) out.author = authors.length === 1 ? authors[0] : authors;

    const tagNames = [take('tags'), take('categories'), take('category'), taxonomies.tags, taxonomies.categories].flatMap(names);
    if (names(data.categories).length || names(data.category).length || names(taxonomies.categories).length)
      count('categories → tags');
    if (options.kind === 'jekyll') tagNames.push(...c.section);
    const tags = new Map<string, string>();
    for (const t of tagNames) if (slugify(t) && !tags.has(slugify(t))) tags.set(slugify(t), t);
    if (tags.size) out.tags = [...tags.values()];

    const seriesList = [...names(Array.isArray(data.series) ? data.series : []), ...names(taxonomies.series)];
    const series = str(take('series')) ?? seriesList[0];
    if (seriesList.length > 1) note(1, `in ${seriesList.length} series (${seriesList.join(', ')}): Quire keeps one, "${series}"`);
    if (series) out.series = series;
    const order = take('seriesOrder') ?? take('series_order');
    if (typeof order === 'number') out.seriesOrder = order;

    const draft = take('draft') === true || take('published') === false || c.draft === true;
    if (draft) out.draft = true;

    const coverValue = take('cover');
    const cover = str(coverValue) ?? (isRecord(coverValue) ? str(coverValue.image) : undefined);
    // The site loads images over https only, and a cover written with http stops the build.
    if (cover && urlScheme(cover) === 'http') {
      out.cover = resolveImageUrl(cover, '/');
      note(1, `cover "${cover}" is asked for over https, the only way the site loads images: check that it shows so`);
    } else if (cover) out.cover = cover;

    // Old URLs: the post's own aliases, and where the old site served it.
    const aliases: string[] = [];
    const sectionPath = c.section.join('/');
    for (const a of [...names(take('aliases')), ...names(take('redirect_from'))]) {
      aliases.push(
        a.startsWith('/') || /^[a-z]+:/i.test(a) ? a : options.kind === 'hugo' && sectionPath ? `/${sectionPath}/${a}` : `/${a}`,
      );
    }
    // Hugo keeps a file name's date in the URL unless its `:filename` date handler takes it out.
    const fileName = options.kind === 'hugo' && !config.dateFromFileName ? c.fullName : c.name;
    const permalinkPost = { date, title, slug: str(data.slug), fileName, section: c.section };
    const ownUrl = str(take('url')) ?? str(take('permalink'));
    if (ownUrl) aliases.push(ownUrl.startsWith('/') ? ownUrl : `/${ownUrl}`);
    // Jekyll publishes nothing from _drafts/, so those have no old URL.
    else if (options.kind === 'jekyll' && !c.draft)
      aliases.push(
        jekyllPermalink(config.permalinks['*'] ?? 'date', {
          ...permalinkPost,
          section: [...c.section, ...names(data.categories), ...names(data.category)],
        }),
      );
    else if (options.kind === 'hugo') aliases.push(hugoPermalink(config.permalinks[c.section[0] ?? ''], permalinkPost));
    else if (options.kind === 'zola') aliases.push(zolaPermalink(permalinkPost, str(take('path'))));
    const ownPath = `/posts/${slug}`;
    const kept = [...new Set(aliases.filter((a) => a.startsWith('/') && a.replace(/\/$/, '') !== ownPath))].filter((a) => {
      const checked = aliasPath(a);
      if ('error' in checked) note(1, `old URL ${JSON.stringify(a)} left out: it ${checked.error}`);
      return 'path' in checked;
    });
    if (kept.length) out.aliases = kept;

    for (const key of Object.keys(data)) if (!knownFields.has(key)) plan.droppedFields[key] = (plan.droppedFields[key] ?? 0) + 1;

    // A bundle keeps its other files beside it, so its relative paths still hold.
    const assets = c.bundle
      ? tree.files
          .filter((f) => f.startsWith(`${c.bundle}/`) && f !== c.file && !markdownFile.test(f))
          .map((f) => ({ from: f, to: `${slug}/${f.slice(c.bundle!.length + 1)}` }))
      : [];
    const folder = assets.length > 0;
    const syntax = options.kind;
    const converted = convertBody(body, {
      syntax,
      bodyLine: fm.bodyLine,
      findPost,
      postLink: (target) => `${folder ? '../' : './'}${target}.md`,
      readInclude: (name) => (tree.files.includes(`_includes/${name}`) ? tree.read(`_includes/${name}`) : undefined),
    });
    for (const what of converted.converted) count(what);
    for (const n of converted.notes) note(n.line, n.message);
    let text = converted.text;
    if (syntax === 'zola') {
      // Zola's internal links: [text](@/blog/post.md#part)
      text = text.replace(/\]\(@\/([^)#\s]+)(#[^)\s]*)?\)/g, (whole, ref: string, fragment?: string) => {
        const target = findPost(ref);
        if (!target) return whole;
        count('internal link');
        return `](${folder ? '../' : './'}${target}.md${fragment ?? ''})`;
      });
    }
    if (config.excerptSeparator && config.excerptSeparator !== '<!--more-->' && text.includes(config.excerptSeparator)) {
      text = text.replace(config.excerptSeparator, '<!-- more -->');
      count('excerpt separator');
    }

    plan.posts.push({
      source: c.file,
      slug,
      target: folder ? `${slug}/index.md` : `${slug}.md`,
      text: `---\n${stringify(out, { lineWidth: 0 })}---\n\n${text.replace(/^\s*\n/, '').replace(/\s*$/, '\n')}`,
      draft,
      aliases: kept,
      assets,
    });
  }

  const staticRoots = options.kind === 'jekyll' ? ['assets', 'images', 'img'] : options.kind === 'markdown' ? [] : ['static'];
  for (const f of tree.files) {
    const root = staticRoots.find((r) => f.startsWith(`${r}/`));
    if (root) plan.staticFiles.push({ from: f, to: root === 'static' ? f.slice('static/'.length) : f });
  }
  if (options.kind === 'markdown') {
    // Images beside plain Markdown files go beside the posts, so relative paths keep working.
    const inBundle = new Set(plan.posts.flatMap((p) => p.assets.map((a) => a.from)));
    for (const f of tree.files)
      if (!markdownFile.test(f) && !inBundle.has(f) && /\.(png|jpe?g|gif|svg|webp|avif)$/i.test(f))
        plan.staticFiles.push({ from: f, to: `posts/${f}` });
  }
  rewriteOldLinks(plan, config.siteUrl);
  return plan;
}

/** `/2021/02/03/x/`, `/2021/02/03/x.html` and `/2021/02/03/x` name the same page. */
const pageKey = (url: string) =>
  url
    .replace(/(?:\/index)?\.html?$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();

/**
 * Links in the posts to another post's old URL (an alias: its permalink on the old
 * site, or an alias it had) become links to its file, as written by hand in Quire.
 */
function rewriteOldLinks(plan: ImportPlan, siteUrl: string | undefined): void {
  const byOldUrl = new Map<string, string>();
  for (const post of plan.posts) {
    for (const alias of post.aliases) byOldUrl.set(pageKey(alias), post.slug);
  }
  let origin = '';
  try {
    if (siteUrl) origin = new URL(siteUrl).href.replace(/\/+$/, '');
  } catch {
    // Not an absolute URL: links written in full cannot be recognised.
  }
  for (const post of plan.posts) {
    const end = post.text.indexOf('\n---\n') + 5;
    const folder = post.target.includes('/');
    const body = post.text
      .slice(end)
      .replace(/(\]\(\s*<?)([^)\s>#]+)(#[^)\s>]*)?/g, (whole, open: string, url: string, fragment?: string) => {
        const path = origin && url.toLowerCase().startsWith(`${origin.toLowerCase()}/`) ? url.slice(origin.length) : url;
        if (!path.startsWith('/')) return whole;
        const slug = byOldUrl.get(pageKey(path));
        if (!slug) return whole;
        plan.conversions['link to an old URL'] = (plan.conversions['link to an old URL'] ?? 0) + 1;
        return `${open}${folder ? '../' : './'}${slug}.md${fragment ?? ''}`;
      });
    post.text = post.text.slice(0, end) + body;
  }
}
