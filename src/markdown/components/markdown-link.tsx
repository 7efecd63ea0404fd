/** Links inside a post: in-app routes and #fragments navigate without a reload; others open normally. */
import type { ComponentProps } from 'react';
import { Link } from 'react-router';

const base = import.meta.env.BASE_URL;

export function MarkdownLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  const internal = href.startsWith(base) && !/\.[a-z0-9]+(?:[?#]|$)/i.test(href.slice(base.length));
  // A #fragment (a footnote, a heading) goes through the router too: the browser's own jump
  // leaves a history entry the router cannot tell from the page's, and it may restore that
  // entry's scroll position over the jump.
  if (internal || href.startsWith('#')) {
    return (
      <Link to={internal ? '/' + href.slice(base.length) : href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
