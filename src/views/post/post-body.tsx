import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, type ComponentProps, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import { postBodyQuery } from '../../data/queries.ts';
import { useServices, type PrerenderedBody } from '../../data/services.ts';
import { tableOfContents, type TocEntry } from '../../markdown/toc.ts';
import { usePage } from '../../navigation/page-stack/page-context.ts';
import { usePageNavigator } from '../../navigation/page-navigator.ts';
import { useRouterNavigation } from '../../navigation/router-link.tsx';
import { copyButtonLabel, copyCode } from './markdown/code-block.tsx';
import { routerTarget } from './markdown/markdown-link.tsx';
import { renderHast } from './markdown/render-hast.tsx';
import { firstBlocks } from './progressive.ts';
import { TableOfContents } from './table-of-contents.tsx';

/** Posts with at least this many section headings get a table of contents. */
const tocThreshold = 3;

/**
 * `end` is rendered after the text once all of it is: what watches for the reader reaching
 * the end. The post the browser loaded keeps its prerendered body; others are rendered, the
 * first screenful first, the rest once `restShown` (progressive.ts).
 */
export function PostBody({ slug, end, restShown }: { slug: string; end?: ReactNode; restShown: boolean }) {
  const { prerendered } = useServices();
  const { path } = usePage();
  return prerendered?.path === path ? (
    <PrerenderedPostBody body={prerendered} end={end} />
  ) : (
    <RenderedPostBody slug={slug} end={end} restShown={restShown} />
  );
}

type ProseProps = Pick<ComponentProps<'div'>, 'children' | 'onClick' | 'onPointerOver' | 'onFocus' | 'onTouchStart'> & {
  html?: { __html: string };
};

/** The text, its table of contents, and what comes after the text. */
function Body({ toc, end, html, ...prose }: ProseProps & { toc: TocEntry[]; end?: ReactNode }) {
  const { fragments } = usePageNavigator();
  const body = useRef<HTMLDivElement>(null);
  const owned = useCallback(
    (element: HTMLDivElement | null) => {
      body.current = element;
      if (element) fragments.markHydrated(element);
    },
    [fragments],
  );
  const hasToc = toc.length >= tocThreshold;
  return (
    <div className={hasToc ? 'post-body has-toc' : 'post-body'}>
      {hasToc && <TableOfContents entries={toc} body={body} />}
      <div className="prose" ref={owned} dangerouslySetInnerHTML={html} {...prose} />
      {end}
    </div>
  );
}

function RenderedPostBody({ slug, end, restShown }: { slug: string; end?: ReactNode; restShown: boolean }) {
  const services = useServices();
  const { path } = usePage();
  const { data: tree } = useSuspenseQuery(postBodyQuery(services, slug));
  const count = restShown ? Infinity : firstBlocks;
  const content = useMemo(
    () =>
      renderHast(count >= tree.children.length ? tree : { ...tree, children: tree.children.slice(0, count) }, {
        pagePath: path,
        base: services.base,
      }),
    [tree, count, path, services.base],
  );
  const toc = useMemo(() => tableOfContents(tree), [tree]);
  return (
    <Body toc={toc} end={count >= tree.children.length && end}>
      {content}
    </Body>
  );
}

/**
 * The HTML as prerendered: React keeps it and does not render it again. Its links and copy
 * buttons, plain elements here, work by delegation as the rendered body's components do.
 */
function PrerenderedPostBody({ body, end }: { body: PrerenderedBody; end?: ReactNode }) {
  const { base } = useServices();
  const { path } = usePage();
  const { prefetcher } = usePageNavigator();
  const { follow } = useRouterNavigation();
  const html = useMemo(() => ({ __html: body.html }), [body.html]);
  const linkOf = (event: SyntheticEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const to = link && routerTarget(link.getAttribute('href') ?? '', { base, pagePath: path });
    return link && to ? { link, to } : undefined;
  };
  const prefetch = (event: SyntheticEvent) => {
    const target = linkOf(event);
    if (target && !target.to.startsWith(path + '#')) void prefetcher.prefetch(target.to);
  };
  const click = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('.copy-button') : null;
    if (button) {
      const pre = button.nextElementSibling;
      copyCode(pre instanceof HTMLElement ? pre : null, (copied) => (button.textContent = copyButtonLabel(copied)));
      return;
    }
    const target = linkOf(event);
    if (target) follow(event, target.link, target.to);
  };
  return (
    <Body
      toc={body.toc}
      end={end}
      html={html}
      onClick={click}
      onPointerOver={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
    />
  );
}
