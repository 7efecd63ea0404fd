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

/** A post's Markdown and what its rendering needs to know about the post. */
export interface MarkdownToRender {
  markdown: string;
  dir: string;
  title: string;
  /** Its local images' sizes and smaller copies, from its data file. */
  images?: ImageMap;
}

export interface Services {
  queryClient: QueryClient;
  source: DataSource;
  /** The site's base path: `/`, or `/blog/` under a sub-path. */
  base: string;
  /**
   * A post's Markdown → its text as HTML (in a Web Worker in the browser). Given the post
   * still on its way, so that the renderer's code loads at the same time. `dir` is the
   * post's folder (lib/paths.ts postDir); a first heading that repeats `title` is left out.
   * The text may come with its code plain, not to wait for the highlighter's download:
   * `highlighted` then gets it again with the code coloured.
   */
  renderMarkdown: (post: Promise<MarkdownToRender>, highlighted?: (body: BodyHtml) => void) => Promise<BodyHtml>;
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
