/** Site settings, shared by the build pipeline and the app. */
export interface SiteLink {
  label: string;
  url: string;
}

export interface SiteConfig {
  title: string;
  description: string;
  author: string;
  bio: string;
  links: SiteLink[];
  /** Absolute URL of the site root, ending in `/` (may include a sub-path). */
  baseUrl: string;
  postsPerPage: number;
  language: string;
  feedContent: 'full' | 'summary';
}

export function defineSite(config: SiteConfig): SiteConfig {
  return config;
}
