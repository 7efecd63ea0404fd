/**
 * What the data layer and the views are given: made once per entry (the browser app),
 * and once per page while prerendering. Passed to loaders as an argument and to
 * components through `ServicesContext`; nothing is kept in module globals.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Root } from 'hast';
import { createContext, useContext } from 'react';
import type { DataSource } from './source.ts';

export interface Services {
  queryClient: QueryClient;
  source: DataSource;
  /** The site's base path: `/`, or `/blog/` under a sub-path. */
  base: string;
  /**
   * A post's Markdown → sanitized hast (in a Web Worker in the browser). `dir` is the
   * post's folder (lib/paths.ts postDir); a first heading that repeats `title` is left out.
   */
  renderMarkdown: (markdown: string, post: { dir: string; title: string }) => Promise<Root>;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesContext>');
  return services;
}
