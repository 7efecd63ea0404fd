import type { ConfigEnv, UserConfig } from 'vite';

/**
 * A plugin's `apply` for what concerns the browser's chunks only: the production build, not
 * the dev server nor the prerender bundle (which runs in Node).
 */
export const inBrowserBuild = (_config: UserConfig, { command, isSsrBuild }: ConfigEnv): boolean =>
  command === 'build' && !isSsrBuild;
