// Site settings: the one file an operator edits. Every field is documented in README.md.
import { defineSite } from './src/schema/site.ts';

export default defineSite({
  title: 'Jose Villalta',
  description:
    'Notes from an infrastructure engineer on containers, distributed systems papers, Go, and the habits that make the work go well.',
  author: 'Jose Villalta',
  bio: 'I build container orchestration for a large cloud provider. Before software I served in the Marine Corps, and moving to a new country taught me the same thing production systems do: plan for things to go wrong, then keep going. Here I write down what I read and learn, one small piece at a time.',
  links: [
    { label: 'GitHub', url: 'https://github.com/' },
    { label: 'LinkedIn', url: 'https://www.linkedin.com/' },
  ],
  // Absolute URL the site is served from, with its sub-path. Override at build time
  // with QUIRE_BASE_URL=https://user.github.io/blog/ npm run build
  baseUrl: 'https://example.com/',
  postsPerPage: 10,
  language: 'en',
  // 'full' puts each post's sanitized HTML in the feeds; 'summary' only its summary.
  feedContent: 'full',
  // How many of the newest posts each feed (site, tag, series, author) carries.
  feedItems: 20,
  // The picture link previews show for pages without their own (a post's cover is its own).
  image: 'images/social-card.png',
  // IANA time zone for dates written without an offset (2024-05-01, 2024-05-01T09:30).
  timeZone: 'UTC',
});
