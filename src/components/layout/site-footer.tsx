import type { SiteIndex } from '../../schema/manifest.ts';

export function SiteFooter({ site }: { site: SiteIndex['site'] }) {
  return (
    <footer className="site-footer">
      <p>
        © {site.author}
        {site.links.map((link) => (
          <span key={link.url}>
            {' · '}
            <a href={link.url} rel="me noopener">
              {link.label}
            </a>
          </span>
        ))}
      </p>
    </footer>
  );
}
