// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownToHast } from '../../../markdown/markdown-to-hast.ts';
import { renderHast } from './render-hast.tsx';
import { InPage } from './test-support.tsx';

afterEach(cleanup);

const markup = async (markdown: string) =>
  renderToStaticMarkup(
    <InPage>{renderHast(await markdownToHast(markdown, { base: '/' }), { pagePath: '/', base: '/' })}</InPage>,
  );

describe('renderHast (base "/")', () => {
  it('renders headings with their ids and anchors', async () => {
    expect(await markup('שלום עולם')).toBe('<p dir="auto">שלום עולם</p>');
    expect(await markup('## Hello World')).toBe(
      '<h2 dir="auto" id="hello-world">Hello World<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="/#hello-world">#</a></h2>',
    );
  });

  it('resolves in-app, external and file links (which of them the router follows: see below)', async () => {
    expect(await markup('[post](./other-post.md#x) [site](https://example.com/a) [file](images/a.png) [tag](/tags/go)')).toBe(
      '<p dir="auto"><a href="/posts/other-post#x">post</a> <a href="https://example.com/a">site</a> ' +
        '<a href="/posts/images/a.png">file</a> <a href="/tags/go">tag</a></p>',
    );
  });

  it('renders images lazily with their alt text', async () => {
    expect(await markup('![a gopher](images/go.png)')).toBe(
      '<p dir="auto"><img src="/posts/images/go.png" alt="a gopher" loading="lazy" decoding="async"/></p>',
    );
  });

  it('aligns table columns with classes, never an inline style the CSP would block', async () => {
    const out = await markup('| Left | Right | Center |\n|:--|--:|:-:|\n| a | b | c |');
    expect(out).not.toMatch(/ style=| align=/);
    expect(out).toContain(
      '<th dir="auto" class="align-left">Left</th><th dir="auto" class="align-right">Right</th><th dir="auto" class="align-center">Center</th>',
    );
    expect(out).toContain(
      '<td dir="auto" class="align-left">a</td><td dir="auto" class="align-right">b</td><td dir="auto" class="align-center">c</td>',
    );
  });

  it('wraps fenced code in a block with a copy button, keeping the highlighting', async () => {
    expect(await markup('```go\nx := 1\n```')).toBe(
      '<div class="code-block"><button type="button" class="copy-button">Copy</button>' +
        '<pre tabindex="0"><code class="hljs language-go">x := <span class="hljs-number">1</span>\n</code></pre></div>',
    );
  });

  it('renders task list checkboxes read-only with labels', async () => {
    expect(await markup('- [x] done')).toBe(
      '<ul class="contains-task-list">\n<li dir="auto" class="task-list-item"><input type="checkbox" disabled="" aria-label="Done" checked=""/> done</li>\n</ul>',
    );
  });

  it('renders footnote links to this page', async () => {
    const html = await markup('Text[^1]\n\n[^1]: Note.');
    expect(html).toContain(
      '<a id="user-content-fnref-1" data-footnote-ref="true" aria-describedby="user-content-footnote-label" href="/#user-content-fn-1">',
    );
    expect(html).toContain('<li dir="auto" id="user-content-fn-1">');
    expect(html).toMatch(/<a [^>]*href="\/#user-content-fnref-1">/);
  });
});

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.pathname + location.hash}</output>;
}

describe('renderHast: links inside the app', () => {
  it('navigates to another post without leaving the app', async () => {
    const tree = await markdownToHast('[the other post](./other-post.md#part-2)', { base: '/' });
    render(
      <InPage path="/posts/this-post">
        {renderHast(tree, { pagePath: '/posts/this-post', base: '/' })}
        <Where />
      </InPage>,
    );
    expect(screen.getByTestId('where').textContent).toBe('/posts/this-post');
    fireEvent.click(screen.getByText('the other post'));
    expect(screen.getByTestId('where').textContent).toBe('/posts/other-post#part-2');
  });

  it('follows a footnote within the same page, through the router', async () => {
    const tree = await markdownToHast('Text[^1]\n\n[^1]: Note.', { base: '/' });
    render(
      <InPage path="/posts/this-post">
        {renderHast(tree, { pagePath: '/posts/this-post', base: '/' })}
        <Where />
      </InPage>,
    );
    fireEvent.click(screen.getByText('1'));
    expect(screen.getByTestId('where').textContent).toBe('/posts/this-post#user-content-fn-1');
  });

  it('leaves external and file links to the browser', async () => {
    const tree = await markdownToHast('[elsewhere](https://example.com/a) [file](images/a.png)', { base: '/' });
    render(
      <InPage path="/posts/this-post">
        {renderHast(tree, { pagePath: '/posts/this-post', base: '/' })}
        <Where />
      </InPage>,
    );
    for (const [text, href] of [
      ['elsewhere', 'https://example.com/a'],
      ['file', '/posts/images/a.png'],
    ] as const) {
      const link = screen.getByText(text);
      expect(link.getAttribute('href')).toBe(href);
      // jsdom does not navigate: an unhandled click is one the browser would follow.
      expect(fireEvent.click(link)).toBe(true);
      expect(screen.getByTestId('where').textContent).toBe('/posts/this-post');
    }
  });
});
