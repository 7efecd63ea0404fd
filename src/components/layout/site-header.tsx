import { useLocation } from 'react-router';
import type { SiteIndex } from '../../schema/manifest.ts';
import { routePaths } from '../../navigation/routes.ts';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';
import { HeaderSearch } from './header-search.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

const nav = [
  { to: routePaths.archive(), label: 'Archive' },
  { to: routePaths.seriesIndex(), label: 'Series' },
  { to: routePaths.tags(), label: 'Tags' },
];

/**
 * A section of the site, marked as the current one on its pages (`/tags` on `/tags/go` too), as
 * react-router's NavLink marks it; that link, re-rendered on every navigation with the router's
 * state, cost a click on a phone more than the rest of the header (decision 0026).
 */
function SectionLink({ to, children }: { to: string; children: string }) {
  const { pathname } = useLocation();
  const current = pathname === to || pathname.startsWith(`${to}/`);
  return (
    <PrefetchLink to={to} {...(current && { className: 'active', 'aria-current': 'page' as const })}>
      {children}
    </PrefetchLink>
  );
}

export function SiteHeader({ site }: { site: SiteIndex['site'] }) {
  return (
    <header className="site-header">
      <PrefetchLink to="/" className="site-title">
        {site.title}
      </PrefetchLink>
      <nav aria-label="Main">
        <ul>
          {nav.map((item) => (
            <li key={item.to}>
              <SectionLink to={item.to}>{item.label}</SectionLink>
            </li>
          ))}
        </ul>
      </nav>
      <HeaderSearch />
      <ThemeToggle />
    </header>
  );
}
