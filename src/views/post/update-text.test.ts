// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { updateText } from './update-text.ts';

const text = (code: string) =>
  `<p>An image: <img src="a.png" alt="A"> and <a href="#b">a link</a>.</p>` +
  `<div class="code-block"><button type="button" class="copy-button">Copy</button><pre tabindex="0">${code}</pre></div>` +
  `<p>After the code.</p>`;
const plain = text('<code class="language-sh">ls -l\n</code>');
const coloured = text('<code class="hljs language-sh"><span class="hljs-built_in">ls</span> -l\n</code>');

function shown(html: string): HTMLDivElement {
  const part = document.createElement('div');
  part.innerHTML = html;
  document.body.replaceChildren(part);
  return part;
}

/** The HTML as the browser writes it back. */
function normal(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.innerHTML;
}

describe('updateText', () => {
  it('the same text with its code coloured: the code changes, every other element stays', () => {
    const part = shown(plain);
    const [image, link, pre] = ['img', 'a', 'pre'].map((selector) => part.querySelector(selector)!);
    updateText(part, coloured);
    expect(part.innerHTML).toBe(normal(coloured));
    expect(part.querySelector('.hljs-built_in')?.textContent).toBe('ls');
    expect(part.querySelector('img')).toBe(image);
    expect(part.querySelector('pre')).toBe(pre);
    expect(image!.isConnected && link!.isConnected).toBe(true);
  });

  it('keeps the focus on a link of the text', () => {
    const part = shown(plain);
    const link = part.querySelector('a')!;
    link.focus();
    updateText(part, coloured);
    expect(document.activeElement).toBe(link);
  });

  it('a code element losing an attribute loses it', () => {
    const part = shown(text('<code class="hljs">x</code>'));
    updateText(part, text('<code>x</code>'));
    expect(part.querySelector('code')!.hasAttribute('class')).toBe(false);
  });

  it('any other change sets the whole text again', () => {
    const part = shown(plain);
    const image = part.querySelector('img');
    const edited = coloured.replace('After the code.', 'After the code, edited.');
    updateText(part, edited);
    expect(part.innerHTML).toBe(normal(edited));
    expect(part.querySelector('img')).not.toBe(image);
  });

  it('a different number of code blocks sets the whole text again', () => {
    const part = shown(plain);
    const twice = coloured + text('<code>more</code>');
    updateText(part, twice);
    expect(part.querySelectorAll('pre')).toHaveLength(2);
    expect(part.innerHTML).toBe(normal(twice));
  });
});
