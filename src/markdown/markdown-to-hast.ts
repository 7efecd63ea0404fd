/**
 * The renderer: mdast → sanitized hast, the same at build time and in the browser.
 * Order matters: raw HTML is parsed, then everything is sanitized, and only then do
 * our own plugins add ids, anchors, URLs and highlighting (which are trusted).
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parseMarkdown } from './parse-markdown.ts';
import rehypeDirAuto from './plugins/rehype-dir-auto.ts';
import rehypeDropComments from './plugins/rehype-drop-comments.ts';
import rehypeEmptyHeaderCells from './plugins/rehype-empty-header-cells.ts';
import rehypeFragmentLinks from './plugins/rehype-fragment-links.ts';
import rehypeHighlightWhenNeeded, { type HighlightFileData } from './plugins/rehype-highlight-when-needed.ts';
import rehypeImageSizes from './plugins/rehype-image-sizes.ts';
import rehypeLazyImages from './plugins/rehype-lazy-images.ts';
import rehypeRawWhenNeeded from './plugins/rehype-raw-when-needed.ts';
import rehypeResolveUrls, { type PostFileData } from './plugins/rehype-resolve-urls.ts';
import rehypeSafeUrls from './plugins/rehype-safe-urls.ts';
import rehypeTableAlign from './plugins/rehype-table-align.ts';
import rehypeTableScroll from './plugins/rehype-table-scroll.ts';
import rehypeTagFilter from './plugins/rehype-tag-filter.ts';
import rehypeTaskListLabels from './plugins/rehype-task-list-labels.ts';
import type { ImageMap } from '../schema/manifest.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { withoutTitleHeading } from './title-heading.ts';

export interface RenderOptions {
  /** The site's base path (`/` or `/blog/`), for links and images. */
  base: string;
  /** The post's folder relative to `posts/` (`` or `<slug>/`), where its relative links and images start. */
  dir?: string;
  /** The post's title: a first heading that repeats it is left out (title-heading.ts). */
  title?: string;
  /** The post's local images as the build measured them: their sizes and smaller copies. */
  images?: ImageMap;
}

function processor({ base }: RenderOptions) {
  return unified()
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeDropComments)
    .use(rehypeTagFilter)
    .use(rehypeRawWhenNeeded)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSafeUrls)
    .use(rehypeTableAlign)
    .use(rehypeEmptyHeaderCells)
    .use(rehypeTableScroll)
    .use(rehypeFragmentLinks)
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
      content: { type: 'text', value: '#' },
    })
    .use(rehypeResolveUrls, { base })
    .use(rehypeImageSizes, { base })
    .use(rehypeLazyImages)
    .use(rehypeTaskListLabels)
    .use(rehypeDirAuto)
    .use(rehypeHighlightWhenNeeded)
    .freeze();
}

const processors = new Map<string, ReturnType<typeof processor>>();

async function run(tree: MdastRoot, options: RenderOptions, file: HighlightFileData = {}) {
  let p = processors.get(options.base);
  if (!p) processors.set(options.base, (p = processor(options)));
  const data: PostFileData & HighlightFileData = {
    ...file,
    postDir: options.dir ?? '',
    ...(options.images && { images: options.images }),
  };
  const hast = await p.run(options.title === undefined ? tree : withoutTitleHeading(tree, options.title), { data });
  return { tree: hast, codeLeftPlain: data.codeLeftPlain === true };
}

export async function mdastToHast(tree: MdastRoot, options: RenderOptions): Promise<HastRoot> {
  return (await run(tree, options)).tree;
}

export function markdownToHast(markdown: string, options: RenderOptions): Promise<HastRoot> {
  return mdastToHast(parseMarkdown(markdown), options);
}

/**
 * For a reader waiting on the text: code stays plain if the highlighter has not loaded yet
 * (`codeLeftPlain`; plugins/rehype-highlight-when-needed.ts `highlightCode` finishes it).
 */
export const mdastToHastNow = (tree: MdastRoot, options: RenderOptions) => run(tree, options, { plainUntilLoaded: true });
