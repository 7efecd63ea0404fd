// @vitest-environment jsdom
/**
 * Raw HTML in a post must never run script. Each hostile input is rendered through the
 * real pipeline, serialized (as feeds have it, and as a page shows it), parsed
 * again by an HTML parser, and the resulting DOM is checked.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { htmlProblems, treeProblems } from '../../e2e/unsafe-markup.ts';
import { bodyHtml } from './body-html.ts';
import { markdownToHast } from './markdown-to-hast.ts';

const hostile: [string, string][] = [
  ['raw script', '<script>alert(1)</script>'],
  ['script split over lines', '<script\n>alert(1)</script\n>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img onerror, no quotes, slash separator', '<img/src=x/onerror=alert(1)>'],
  ['a href javascript:', '<a href="javascript:alert(1)">x</a>'],
  ['markdown link javascript:', '[x](javascript:alert(1))'],
  ['markdown link mixed case', '[x](JaVaScRiPt:alert(1))'],
  ['markdown link entity-encoded', '[x](&#106;avascript:alert(1))'],
  ['markdown link hex entities', '[x](&#x6A;avascript&#x3A;alert(1))'],
  ['markdown link in angle brackets with a tab', '[x](<java\tscript:alert(1)>)'],
  ['markdown link with a tab', '[x](java\tscript:alert(1))'],
  ['markdown reference definition', '[x][r]\n\n[r]: javascript:alert(1)'],
  ['markdown autolink', '<javascript:alert(1)>'],
  ['markdown image data:', '![x](data:text/html,<script>alert(1)</script>)'],
  ['markdown image data: svg', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['a href data:', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['a href vbscript:', '<a href="vbscript:msgbox(1)">x</a>'],
  ['a href with tab', '<a href="java\tscript:alert(1)">x</a>'],
  ['a href with newline', '<a href="java\nscript:alert(1)">x</a>'],
  ['a href with encoded tab', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ['a href with leading spaces', '<a href="  javascript:alert(1)">x</a>'],
  ['a href with leading control char', '<a href="\u0001javascript:alert(1)">x</a>'],
  ['img src javascript:', '<img src="javascript:alert(1)">'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
  ['svg xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ['math href', '<math href="javascript:alert(1)">x</math>'],
  ['math mglyph style mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  [
    'math annotation-xml mXSS',
    '<math><annotation-xml encoding="text/html"><style><img src=x onerror=alert(1)></style></annotation-xml></math>',
  ],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['embed', '<embed src="x.swf">'],
  ['style element', '<style>body{display:none}</style>'],
  ['link stylesheet', '<link rel=stylesheet href="https://evil.example/x.css">'],
  ['form action', '<form action="https://evil.example"><button>go</button></form>'],
  ['button formaction', '<button formaction="javascript:alert(1)">x</button>'],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>s</summary>x</details>'],
  ['img srcset', '<img srcset="javascript:alert(1) 1x" src="a.png">'],
  ['base href', '<base href="https://evil.example/">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['noscript mutation XSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['input autofocus onfocus', '<input autofocus onfocus=alert(1)>'],
  ['text input', '<input type="text" value="x">'],
  ['checkbox onclick', '<input type="checkbox" checked onclick=alert(1)>'],
  ['style attribute with javascript: url', '<div style="background:url(javascript:alert(1))">x</div>'],
  ['table background', '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>'],
  ['video onerror', '<video src=x onerror=alert(1)></video>'],
  ['audio onerror', '<audio src=x onerror=alert(1)>'],
  ['body onload', '<body onload=alert(1)>'],
  ['frameset', '<frameset onload=alert(1)>'],
  ['template script', '<template><script>alert(1)</script></template>'],
  ['textarea and select', '<textarea>x</textarea><select><option>1</select>'],
  ['isindex', '<isindex action=javascript:alert(1) type=image>'],
  ['script inside a table cell', '| a |\n|---|\n| <script>alert(1)</script> |'],
  ['onerror inside a list item', '- <img src=x onerror=alert(1)>'],
  ['script in a footnote', 'x[^1]\n\n[^1]: <script>alert(1)</script>'],
  ['html in a heading', '## <img src=x onerror=alert(1)> heading'],
  ['unclosed comment swallowing', '<!-- <img src=x onerror=alert(1)> -- > <script>alert(1)</script>'],
  ['cdata', '<![CDATA[<script>alert(1)</script>]]>'],
  ['processing instruction', '<?xml version="1.0"?><script>alert(1)</script>'],
];

describe('sanitizing hostile input', () => {
  it('has at least 25 distinct cases', () => {
    expect(new Set(hostile.map(([, input]) => input)).size).toBe(hostile.length);
    expect(hostile.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(['/', '/blog/'])('base %j', (base) => {
    it.each(hostile)('%s', async (_name, input) => {
      const tree = await markdownToHast(input, { base });
      expect(treeProblems(tree)).toEqual([]);
      // As feeds have it.
      expect(htmlProblems(toHtml(tree))).toEqual([]);
      // As a page shows it (prerendered, and set by the browser).
      const { first, rest } = bodyHtml(tree);
      expect(htmlProblems(first + rest)).toEqual([]);
    });
  });

  it('the checker itself catches what it is meant to catch', () => {
    expect(htmlProblems('<img src=x onerror=alert(1)>')).toEqual(['onerror= on <img>']);
    expect(htmlProblems('<a href="java\tscript:alert(1)">x</a>')).toEqual(['href="java\tscript:alert(1)" on <a>']);
    expect(htmlProblems('<p><script>alert(1)</script></p>')).toEqual(['<script> element']);
    expect(htmlProblems('<img srcset="a.png 1x, javascript:alert(1) 2x">')).toHaveLength(1);
    expect(htmlProblems('<div style="color:red">x</div>')).toEqual(['style= on <div>']);
    expect(htmlProblems('<a href="https://example.com">x</a><img src="/posts/a.png" alt="javascript: is text">')).toEqual([]);
  });
});

describe('sanitizing keeps what is safe', () => {
  const render = async (markdown: string) => toHtml(await markdownToHast(markdown, { base: '/' }));

  it('drops a script but keeps the text around it', async () => {
    expect(await render('before <script>alert(1)</script> after')).toBe('<p dir="auto">before  after</p>');
  });

  it('keeps the image but drops its handler', async () => {
    expect(await render('<img src=x onerror=alert(1)>')).toBe('<img src="/posts/x" loading="lazy" decoding="async" alt="">');
  });

  it('keeps the link text but drops a javascript: href', async () => {
    expect(await render('[click](javascript:alert(1))')).toBe('<p dir="auto"><a>click</a></p>');
    expect(await render('<a href="vbscript:msgbox(1)">x</a>')).toBe('<p dir="auto"><a>x</a></p>');
  });

  it('keeps the image alt but drops a data: src', async () => {
    expect(await render('![x](data:text/html,hi)')).toBe('<p dir="auto"><img alt="x" loading="lazy" decoding="async"></p>');
  });

  it('keeps <details> but drops ontoggle', async () => {
    expect(await render('<details open ontoggle=alert(1)><summary>s</summary>x</details>')).toBe(
      '<details open><summary>s</summary>x</details>',
    );
  });

  it('keeps the element but drops a style attribute', async () => {
    expect(await render('<div style="background:url(javascript:alert(1))">x</div>')).toBe('<div>x</div>');
  });

  it("does not let a post use the page's own classes", async () => {
    expect(await render('<div class="heading-anchor hljs">x</div>')).toBe('<div>x</div>');
  });

  it('keeps a title attribute holding markup as plain text (noscript mutation XSS)', async () => {
    const tree = await markdownToHast('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', { base: '/' });
    const doc = new DOMParser().parseFromString(toHtml(tree), 'text/html');
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelector('p[title]')!.getAttribute('title')).toBe('</noscript><img src=x onerror=alert(1)>');
  });
});
