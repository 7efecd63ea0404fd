/** The root route: site chrome around every page, and the site index every page needs. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { PendingBar } from '../../components/layout/pending-bar.tsx';
import { SiteFooter } from '../../components/layout/site-footer.tsx';
import { SiteHeader } from '../../components/layout/site-header.tsx';
import { LazyShortcuts } from '../../components/shortcuts/lazy-shortcuts.tsx';
import { siteQuery } from '../../data/queries.ts';
import { useServices, type Services } from '../../data/services.ts';
import { elementIds } from '../../lib/element-ids.ts';
import { useFocusOnNavigate } from './use-focus-on-navigate.ts';
import { useHeadSync } from './use-head-sync.ts';
import { useHomeSlash } from './use-home-slash.ts';

export async function loader(s: Services): Promise<null> {
  await s.queryClient.ensureQueryData(siteQuery(s));
  return null;
}

export function RootLayout() {
  const s = useServices();
  const { data } = useSuspenseQuery(siteQuery(s));
  useFocusOnNavigate();
  useHeadSync(data.site, s.headInPlace === true);
  useHomeSlash();
  // Header and footer stay the same elements across navigations (the header's links follow the URL themselves).
  const header = useMemo(() => <SiteHeader site={data.site} />, [data.site]);
  const footer = useMemo(() => <SiteFooter site={data.site} />, [data.site]);
  return (
    <>
      <a className="skip-link" href={`#${elementIds.main}`}>
        Skip to content
      </a>
      <PendingBar />
      {header}
      <main id={elementIds.main} tabIndex={-1}>
        <Outlet />
      </main>
      {footer}
      <LazyShortcuts />
      <ScrollRestoration />
    </>
  );
}
