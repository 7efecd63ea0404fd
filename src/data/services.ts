/**
 * What the data layer and the views are given: made once per entry (the browser app),
 * and once per page while prerendering. Passed to loaders as an argument and to
 * components through `ServicesContext`; nothing is kept in module globals.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { BodyHtml } from '../markdown/body-html.ts';
import type { ImageMap } from '../schema/manifest.ts';
import type { DataSource } from './source.ts';

/** The body of the post the browser loaded, as prerendered: hydrated as it is, not rendered again. */
export interface PrerenderedBody extends BodyHtml {
  /** Router path of the post. */
  path: string;
}

/** What rendering a post's Markdown needs to know about the post, from its data. */
export interface PostAbout {
  dir: string;
  title: string;
  /** Its local images' sizes and smaller copies. */
  images?: ImageMap;
}

/** A post to render: its Markdown file, and what its data says about it (on its way alongside). */
export interface PostToRender {
  /** The Markdown's path, e.g. `posts/lets-go.md`, as DataSource.text reads it. */
  path: string;
  about: Promise<PostAbout>;
}

export interface Services {
  queryClient: QueryClient;
  source: DataSource;
  /** The site's base path: `/`, or `/blog/` under a sub-path. */
  base: string;
  /**
   * A post's Markdown → its text as HTML: fetched and rendered in a Web Worker in the browser,
   * from the source when prerendering. Fails as DataSource.text would for the file. `dir` is
   * the post's folder (lib/paths.ts postDir); a first heading that repeats `title` is left out.
   * The text may come with its code plain, not to wait for the highlighter's download:
   * `highlighted` then gets it again with the code coloured.
   */
  renderMarkdown: (post: PostToRender, highlighted?: (body: BodyHtml) => void) => Promise<BodyHtml>;
  /** In the browser, when the page loaded was a prerendered post. */
  prerendered?: PrerenderedBody;
  /** In the browser, when the page's HTML was prerendered for its URL: the document's head is already the page's. */
  headInPlace?: boolean;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesContext>');
  return services;
}
