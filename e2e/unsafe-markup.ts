/**
 * What sanitized markup must not hold: the one set of rules of the renderer's unit tests
 * (src/views/post/markdown: sanitizing, fuzzing) and of the end-to-end security checks
 * (e2e/security.spec.ts, in the browser and on the built files).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The checks, built by a self-contained function (no reference outside its body) so that the
 * browser can run them serialized: `(${markupChecks})()`.
 */
export function markupChecks() {
  /** Anything that embeds another document, or redirects the page's own URLs. */
  const embedding = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'isindex', 'portal', 'fencedframe'];
  /** Beyond those, elements a post's text never holds: script, style, forms, foreign content, media. */
  const notInPost = [
    'script',
    'style',
    'link',
    'meta',
    'title',
    'form',
    'textarea',
    'select',
    'option',
    'button',
    'svg',
    'math',
    'template',
    'noscript',
    'noembed',
    'noframes',
    'xmp',
    'listing',
    'plaintext',
    'video',
    'audio',
    'track',
    'marquee',
    'map',
    'area',
    'canvas',
    'dialog',
    'slot',
    'image',
    'animate',
    'set',
    'use',
  ];
  const urlAttributes = [
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'srcset',
    'imagesrcset',
    'poster',
    'background',
    'data',
    'cite',
    'ping',
    'longdesc',
    'lowsrc',
    'dynsrc',
    'codebase',
    'manifest',
    'icon',
    'to',
    'values',
    'from',
    'by',
  ];
  /** Attributes a post's text never carries. */
  const notOnPost = ['style', 'srcdoc', 'autofocus', 'http-equiv', 'formaction', 'is', 'popover', 'contenteditable'];

  /** As browsers read a scheme (whitespace and control characters dropped, case folded), in the value or any part of a list. */
  function dangerousUrl(value: string): boolean {
    return value
      .split(/[,\s]+/)
      .concat(value)
      .some((part) =>
        /^(?:javascript|vbscript|data|livescript|mocha):/.test(
          // eslint-disable-next-line no-control-regex -- browsers drop control characters from a URL scheme
          part.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]+/g, '').toLowerCase(),
        ),
      );
  }

  /**
   * The problems of the elements under `root`. `page`: anywhere in a page of the app, nothing
   * that runs or embeds (handlers, script URLs, frames). `post`: a post's text, only what the
   * sanitizer allows, and the code blocks' copy buttons when React rendered it (`rendered post`).
   * A URL problem, and only it, reads `name="value" on <tag>`.
   */
  function markupProblems(root: ParentNode, scope: 'page' | 'post' | 'rendered post'): string[] {
    const problems: string[] = [];
    const post = scope !== 'page';
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.localName;
      // The copy button of a code block is the app's own (class names from a post are dropped).
      const copyButton =
        scope === 'rendered post' &&
        tag === 'button' &&
        el.getAttribute('type') === 'button' &&
        el.className === 'copy-button' &&
        el.parentElement?.className === 'code-block';
      if (embedding.includes(tag) || (post && notInPost.includes(tag) && !copyButton)) problems.push(`<${tag}> element`);
      if (post && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`foreign <${tag}>`);
      if (post && tag === 'input' && !(el.getAttribute('type') === 'checkbox' && el.hasAttribute('disabled')))
        problems.push(`input that is not a disabled checkbox: ${el.outerHTML.slice(0, 200)}`);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`${name}= on <${tag}>`);
        if ((urlAttributes.includes(name) || name.endsWith(':href')) && dangerousUrl(attr.value))
          problems.push(`${name}="${attr.value}" on <${tag}>`);
        if (post && notOnPost.includes(name)) problems.push(`${name}= on <${tag}>`);
        // DOM clobbering: a post's ids and names are prefixed, except heading slugs (always lowercase).
        if (
          post &&
          (name === 'id' || name === 'name') &&
          !attr.value.startsWith('user-content-') &&
          !(/^h[1-6]$/.test(tag) && name === 'id' && attr.value === attr.value.toLowerCase())
        )
          problems.push(`unprefixed ${name}="${attr.value}" on <${tag}>`);
      }
    }
    return problems;
  }

  return { embedding, notInPost, dangerousUrl, markupProblems };
}

const checks = markupChecks();

/** The problems of a post's markup once an HTML parser has read it (DOMParser: a browser, or jsdom). */
export function htmlProblems(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
  const problems = doc.head.children.length ? [`head got ${doc.head.innerHTML.slice(0, 120)}`] : [];
  return problems.concat(checks.markupProblems(doc.body, 'rendered post'));
}

/** The problems of a sanitized hast tree itself: nodes that must not survive (property names are camel-cased there). */
export function treeProblems(tree: Root): string[] {
  const problems: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'raw' || node.type === 'comment' || node.type === 'doctype') problems.push(`${node.type} node`);
    if (node.type !== 'element') return;
    if (checks.embedding.includes(node.tagName) || checks.notInPost.includes(node.tagName))
      problems.push(`<${node.tagName}> element`);
    for (const [key, value] of Object.entries(node.properties)) {
      if (/^on/i.test(key)) problems.push(`${key} property`);
      if (key === 'style') problems.push('style property');
      const text = Array.isArray(value) ? value.join(',') : String(value);
      if (
        /^(?:href|src|srcSet|action|formAction|xLinkHref|poster|background|data|cite|longDesc|ping)$/.test(key) &&
        checks.dangerousUrl(text)
      ) {
        problems.push(`${key}="${text}"`);
      }
    }
  });
  return problems;
}
