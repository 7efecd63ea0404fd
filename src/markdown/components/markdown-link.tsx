/** Links inside a post: in-app routes navigate without a reload; others open normally. */
import type { ComponentProps } from 'react';
import { Link } from 'react-router';

const base = import.meta.env.BASE_URL;

export function MarkdownLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  const internal = href.startsWith(base) && !/\.[a-z0-9]+(?:[?#]|$)/i.test(href.slice(base.length));
  if (internal) {
    return (
      <Link to={'/' + href.slice(base.length)} {...rest}>
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
