import { describe, expect, it } from 'vitest';
import { routerTarget } from './link-target.ts';

describe('routerTarget', () => {
  const at = (base: string) => ({ base, pagePath: '/posts/this-post' });

  it('follows links to the app’s pages through the router, without the base', () => {
    expect(routerTarget('/posts/other-post#part-2', at('/'))).toBe('/posts/other-post#part-2');
    expect(routerTarget('/tags/go', at('/'))).toBe('/tags/go');
    expect(routerTarget('/blog/posts/other-post', at('/blog/'))).toBe('/posts/other-post');
  });

  it('a #fragment belongs to the page the text is on', () => {
    expect(routerTarget('#user-content-fn-1', at('/'))).toBe('/posts/this-post#user-content-fn-1');
    expect(routerTarget('#part-2', at('/blog/'))).toBe('/posts/this-post#part-2');
  });

  it('leaves other sites, files and paths outside the base to the browser', () => {
    expect(routerTarget('https://example.com/a', at('/'))).toBeUndefined();
    expect(routerTarget('/posts/images/a.png', at('/'))).toBeUndefined();
    expect(routerTarget('/posts/this-post.md', at('/'))).toBeUndefined();
    expect(routerTarget('/elsewhere/a', at('/blog/'))).toBeUndefined();
  });
});
