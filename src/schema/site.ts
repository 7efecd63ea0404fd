/** Site settings, shared by the build pipeline and the app. */
export interface SiteLink {
  label: string;
  url: string;
}

/** An author that posts' `author` names refer to (matched by the slug of the name). */
export interface AuthorProfile {
  name: string;
  bio?: string;
  /** Image path from the site root (`images/ann.jpg`, a file in public/) or an https:// URL. */
  avatar?: string;
  url?: string;
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
  /** IANA time zone in which dates written without an offset are read; `UTC` if absent. */
  timeZone?: string;
  /** How many of the newest posts each feed carries; 20 if absent. */
  feedItems?: number;
  /** Authors' bios, avatars and links, shown on their pages (`/authors/<slug>`). */
  authors?: AuthorProfile[];
  /**
   * The picture link previews show for every page without one of its own (a post's cover
   * is its own): a path from the site root (`images/social-card.png`, a file in public/)
   * or an https:// URL. Social sites want a PNG or JPEG, best 1200×630.
   */
  image?: string;
  /** Offline reading (a service worker keeps the posts a reader opens); on unless `false`. */
  offline?: boolean;
}

export function defineSite(config: SiteConfig): SiteConfig {
  return config;
}
