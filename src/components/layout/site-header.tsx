import { NavLink } from 'react-router';
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
              <NavLink to={item.to}>{item.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <HeaderSearch />
      <ThemeToggle />
    </header>
  );
}
