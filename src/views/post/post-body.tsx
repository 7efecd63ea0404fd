import { useCallback, useLayoutEffect, useRef, useState, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import { postBodyQuery } from '../../data/queries.ts';
import { useServices } from '../../data/services.ts';
import { useArrivingQuery } from '../../data/use-arriving-query.ts';
import type { BodyHtml } from '../../markdown/body-html.ts';
import { usePage, usePageVisit } from '../../navigation/page-stack/page-context.ts';
import { usePageNavigator } from '../../navigation/page-navigator.ts';
import { useRouterNavigation } from '../../navigation/router-link.tsx';
import { copyCode } from './copy-code.ts';
import { routerTarget } from './link-target.ts';
import { useRestShown } from './progressive.tsx';
import { TableOfContents } from './table-of-contents.tsx';
import { updateText } from './update-text.ts';

/** Posts with at least this many section headings get a table of contents. */
const tocThreshold = 3;

interface BodyProps {
  /** Rendered after the text once all of it is: what watches for the reader reaching the end. */
  end?: ReactNode;
}

/**
 * The post the browser loaded keeps its prerendered text (read from the page before
 * hydrating); others get theirs from the post's Markdown, rendered in the worker.
 */
export function PostBody({ slug, ...props }: BodyProps & { slug: string }) {
  const { prerendered } = useServices();
  const { path } = usePage();
  return prerendered?.path === path ? <Body body={prerendered} {...props} /> : <RenderedPostBody slug={slug} {...props} />;
}

/** Shown as soon as it arrives: its first screenful is a short render. */
function RenderedPostBody({ slug, ...props }: BodyProps & { slug: string }) {
  const data = useArrivingQuery(postBodyQuery(useServices(), slug));
  return data ? <Body body={data} {...props} /> : <p className="loading">Loading the post…</p>;
}

/**
 * The text as HTML (markdown/body-html.ts), which React sets and leaves alone. Its links and
 * copy buttons are plain elements: they work by delegation, from the text's container.
 */
function Body({ body, end }: BodyProps & { body: BodyHtml }) {
  const restShown = useRestShown();
  const { base } = useServices();
  const { path } = usePage();
  const pages = usePageNavigator();
  const { fragments, prefetcher, queue } = pages;
  const { current } = usePageVisit();
  // Rendered ahead of time: a click on its link may be waiting for its first screen.
  useLayoutEffect(() => {
    if (!current) queue.firstScreenReady(path);
  }, [current, path, queue]);
  const { follow } = useRouterNavigation();
  const prose = useRef<HTMLDivElement>(null);
  const owned = useCallback(
    (element: HTMLDivElement | null) => {
      prose.current = element;
      if (element) fragments.markHydrated(element);
    },
    [fragments],
  );
  const linkOf = (event: SyntheticEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const to = link && routerTarget(link.getAttribute('href') ?? '', { base, pagePath: path });
    return link && to ? { link, to } : undefined;
  };
  /** Another page's link, not one of this post's own fragments. */
  const otherPage = (event: SyntheticEvent) => {
    const target = linkOf(event);
    return target && !target.to.startsWith(path + '#') ? target.to : undefined;
  };
  const prefetch = (event: SyntheticEvent) => {
    const to = otherPage(event);
    if (to) void prefetcher.prefetch(to);
  };
  const press = (event: SyntheticEvent) => {
    const to = otherPage(event);
    if (to) pages.press(to);
  };
  const click = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('.copy-button') : null;
    if (button) return copyCode(button);
    const target = linkOf(event);
    if (target) follow(event, target.link, target.to);
  };
  const hasToc = body.toc.length >= tocThreshold;
  const complete = restShown || !body.rest;
  return (
    <div className={hasToc ? 'post-body has-toc' : 'post-body'}>
      {hasToc && <TableOfContents entries={body.toc} body={prose} />}
      <div
        className="prose"
        ref={owned}
        onClick={click}
        onPointerOver={prefetch}
        onFocus={prefetch}
        onPointerDown={press}
        onTouchStart={press}
      >
        <TextPart html={body.first} />
        {body.rest && restShown && <TextPart html={body.rest} />}
      </div>
      {complete && end}
    </div>
  );
}

/**
 * A part of the text: React sets the HTML it first gets and leaves it alone; a later version
 * (its code coloured, or the post edited in the dev loop) is put in place by updateText.
 */
function TextPart({ html }: { html: string }) {
  const [initial] = useState(() => ({ __html: html }));
  const part = useRef<HTMLDivElement>(null);
  const shown = useRef(html);
  useLayoutEffect(() => {
    if (!part.current || html === shown.current) return;
    updateText(part.current, html);
    shown.current = html;
  }, [html]);
  return <div className="prose-part" ref={part} dangerouslySetInnerHTML={initial} />;
}
