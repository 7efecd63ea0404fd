// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import Shortcuts from './shortcuts.tsx';

// The page as it is before the post's lower part has hydrated: its links are plain links,
// which the browser, not the router, would follow on a click.
const postPage = `
  <main><div class="page" data-page="current" data-path="/posts/b">
    <article class="post"><h1>B</h1>
      <nav><a class="post-nav-older" href="/blog/posts/a">A</a><a class="post-nav-newer" href="/blog/posts/c">C</a></nav>
    </article>
  </div></main>`;

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '*', element: <Shortcuts takeEarlyKeys={() => []} /> }], {
    initialEntries: [`/blog${path}`],
    basename: '/blog',
  });
  render(<RouterProvider router={router} />);
  document.body.insertAdjacentHTML('beforeend', postPage);
  return router;
}

/** A key, and the router's navigation it starts. */
const press = (key: string) =>
  act(async () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve));
  });

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

describe('the shortcuts on a post', () => {
  it('j and k go where the older and newer links go, by the router, even before those links have hydrated', async () => {
    const router = renderAt('/posts/b');
    let clicked = 0;
    const count = () => clicked++;
    document.addEventListener('click', count);
    await press('j');
    expect(router.state.location.pathname).toBe('/blog/posts/a');
    await press('k');
    expect(router.state.location.pathname).toBe('/blog/posts/c');
    expect(clicked).toBe(0);
    document.removeEventListener('click', count);
  });

  it('g then h goes home', async () => {
    const router = renderAt('/posts/b');
    await press('g');
    await press('h');
    expect(router.state.location.pathname).toBe('/blog');
  });
});
