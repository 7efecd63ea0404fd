import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostics.ts';
import { loadPost } from './load-post.ts';

const file = 'public/posts/a-post.md';
const withFrontMatter = (body: string, extra = '') => `---\ntitle: A post\ndate: 2024-01-01\n${extra}---\n${body}`;
const load = (body: string, extra = '') => {
  const result = loadPost(file, withFrontMatter(body, extra));
  expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
  return result.post!;
};
/** Every diagnostic of one file, printed as the build prints them. */
const problems = (source: string, name = file) => loadPost(name, source).diagnostics.map(formatDiagnostic);
const knownFields = '(known fields: title, date, summary, tags, series, seriesOrder, author, updated, draft, cover, aliases)';
const badDate =
  'is not a valid date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with an optional offset (Z or -07:00; without one, it is read in the timeZone of site.config.ts)';

describe('loadPost: derived fields', () => {
  it('takes the slug from the file name and keeps the front matter', () => {
    const result = loadPost(
      'public/posts/lets-go.md',
      '---\ntitle: "Lets Go: part one"\ndate: 2022-07-24T21:42:07-07:00\ntags: [go, learning]\nseries: Lets Go\nseriesOrder: 1\nauthor: Guest Writer\nupdated: 2022-08-01\ncover: images/go.png\n---\nHello.\n',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.post!.slug).toBe('lets-go');
    expect(result.post!.file).toBe('public/posts/lets-go.md');
    expect(result.post!.frontMatter).toEqual({
      title: 'Lets Go: part one',
      date: '2022-07-24T21:42:07-07:00',
      tags: ['go', 'learning'],
      series: 'Lets Go',
      seriesOrder: 1,
      author: 'Guest Writer',
      updated: '2022-08-01',
      cover: 'images/go.png',
    });
  });

  it('keeps dates as the author wrote them (YAML does not turn them into Date objects)', () => {
    const post = load('x', 'updated: 2024-02-03T04:05:06+07:00\n');
    expect(post.frontMatter.date).toBe('2024-01-01');
    expect(post.frontMatter.updated).toBe('2024-02-03T04:05:06+07:00');
  });

  describe('summary', () => {
    it('keeps a written summary as written, and warns of HTML tags in it, which show so', () => {
      const result = loadPost(file, withFrontMatter('Text.\n', 'summary: "A <em>fine</em> day, 2 < 3"\n'));
      expect(result.post!.summary).toBe('A <em>fine</em> day, 2 < 3');
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([
        `${file}:4:10: warning: summary with HTML tags ("<em>"): a summary is plain text, shown as written: leave the tags out`,
      ]);
      expect(load('Text.\n', 'summary: "Plain: 2 < 3 and a <- b"\n').summary).toBe('Plain: 2 < 3 and a <- b');
    });

    it('uses summary: from the front matter when given', () => {
      expect(load('First paragraph.\n\n<!-- more -->\n', 'summary: "Chosen by the author."\n').summary).toBe(
        'Chosen by the author.',
      );
    });

    it('else takes the text before <!-- more -->, all paragraphs of it', () => {
      expect(load('\nFirst paragraph.\n\nSecond *paragraph*.\n\n<!-- more -->\n\nThe rest.\n').summary).toBe(
        'First paragraph. Second paragraph.',
      );
    });

    it('accepts <!--more--> without spaces', () => {
      expect(load('\nFirst paragraph.\n\nSecond paragraph.\n\n<!--more-->\n\nThe rest.\n').summary).toBe(
        'First paragraph. Second paragraph.',
      );
    });

    it('finds the marker on the line right after a paragraph', () => {
      expect(load('\nFirst paragraph\n<!--more-->\nThe rest.\n\nMore.\n').summary).toBe('First paragraph');
    });

    it('leaves code blocks and HTML comments out of the text before the marker', () => {
      expect(load('\n<!-- a note to self -->\n\nIntro.\n\n```go\nfunc main() {}\n```\n\n<!-- more -->\n\nRest.\n').summary).toBe(
        'Intro.',
      );
    });

    it('else takes the first paragraph, skipping headings, lists, quotes and code', () => {
      expect(
        load('\n# Heading\n\n- a list\n\n> a quote\n\n```\ncode\n```\n\nThe real first paragraph.\n\nSecond.\n').summary,
      ).toBe('The real first paragraph.');
    });

    it('is plain text: Markdown syntax stripped', () => {
      expect(load('\n**bold** and [link](x)\n').summary).toBe('bold and link');
      expect(load('\nUse `go run`, ~~old~~ new, _emphasis_ and ![a diagram](d.png).\n').summary).toBe(
        'Use go run, old new, emphasis and a diagram.',
      );
      expect(load('\nText[^1] more.\n\n[^1]: A note.\n').summary).toBe('Text more.');
      expect(load('\nx &amp; y &lt;z&gt;\n').summary).toBe('x & y <z>');
    });

    it('joins soft-wrapped lines with one space', () => {
      expect(load('\nFirst **line**\nsecond   line\n\nNext.\n').summary).toBe('First line second line');
    });

    it('is plain text: inline HTML and comments are not part of it', () => {
      expect(load('\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd> to copy.\n').summary).toBe('Press Ctrl+C to copy.');
      expect(load('\nA <!-- a note --> B\n').summary).toBe('A B');
    });

    it('keeps words apart across a hard line break', () => {
      expect(load('\nLine one  \nline two\n').summary).toBe('Line one line two');
      expect(load('\nLine one\\\nline two\n').summary).toBe('Line one line two');
    });

    it('stops at <!--more--> written inside the first paragraph', () => {
      expect(load('\nThe teaser. <!--more--> The rest of it.\n\nMore.\n').summary).toBe('The teaser.');
    });

    it('shortens a long first paragraph at a word boundary with an ellipsis', () => {
      const summary = load(`\n${'word '.repeat(100)}\n`).summary;
      expect(summary).toBe(`${Array(56).fill('word').join(' ')}…`);
      expect(summary.length).toBeLessThanOrEqual(281);
    });

    it('is empty when the post has no text', () => {
      expect(load('').summary).toBe('');
    });

    it('reads CRLF files the same way', () => {
      const result = loadPost(
        file,
        '---\r\ntitle: Hi\r\ndate: 2024-01-01\r\n---\r\n\r\nFirst **para**\r\nline two\r\n\r\nsecond\r\n',
      );
      expect(result.diagnostics).toEqual([]);
      expect(result.post!.summary).toBe('First para line two');
      expect(result.post!.words).toBe(5);
    });
  });

  describe('word count and reading time', () => {
    it('counts words of the body, not of the front matter', () => {
      const post = load(
        "\nHello, world! It's a **bold** [link](https://example.com) test, state-of-the-art.\n",
        'summary: Not counted here at all\n',
      );
      expect(post.words).toBe(8);
    });

    it('counts words in lists, quotes and tables one by one', () => {
      expect(load('\n- alpha\n- beta\n- gamma\n').words).toBe(3);
      expect(load('\n> one\n>\n> two\n').words).toBe(2);
      expect(load('\n| a | b |\n|---|---|\n| c | d |\n').words).toBe(4);
    });

    it('counts words on both sides of a hard line break', () => {
      expect(load('\nLine one  \nline two\n').words).toBe(4);
    });

    it('reads 230 words a minute, at least one minute', () => {
      const words = (n: number) => `\n${Array.from({ length: n }, (_, i) => `w${i}`).join(' ')}\n`;
      expect(load('').words).toBe(0);
      expect(load('').readingMinutes).toBe(1);
      expect(load(words(100)).readingMinutes).toBe(1);
      expect(load(words(230)).readingMinutes).toBe(1);
      const long = load(words(690));
      expect(long.words).toBe(690);
      expect(long.readingMinutes).toBe(3);
      expect(load(words(2300)).readingMinutes).toBe(10);
    });
  });
});

describe('loadPost: problems, with file:line:column', () => {
  it('missing title', () => {
    expect(problems('---\ndate: 2024-01-01\n---\nbody')).toEqual([
      'public/posts/a-post.md:1:1: missing required field "title": add a line such as title: "My post"',
    ]);
  });

  it('missing date', () => {
    expect(problems('---\ntitle: Hi\n---\nbody')).toEqual([
      'public/posts/a-post.md:1:1: missing required field "date": add a line such as date: 2024-05-01',
    ]);
  });

  it('empty or blank title, at the value', () => {
    const expected = ['public/posts/a-post.md:2:8: "title" must not be empty (the post title)'];
    expect(problems('---\ntitle: ""\ndate: 2024-01-01\n---\n')).toEqual(expected);
    expect(problems('---\ntitle: "   "\ndate: 2024-01-01\n---\n')).toEqual(expected);
    expect(problems('---\ntitle:\ndate: 2024-01-01\n---\n')).toEqual([
      'public/posts/a-post.md:2:7: "title" must be text (the post title)',
    ]);
  });

  it('a title that is not text', () => {
    expect(problems('---\ntitle: 123\ndate: 2024-01-01\n---\n')).toEqual([
      'public/posts/a-post.md:2:8: "title" must be text (the post title)',
    ]);
  });

  it('impossible date', () => {
    expect(problems('---\ntitle: Hi\ndate: 2023-02-30\n---\n')).toEqual([`public/posts/a-post.md:3:7: "date" ${badDate}`]);
    // Extra spaces and a trailing comment: still the column of the value.
    expect(problems('---\ntitle: Hi\ndate:   2023-02-30   # when\n---\n')).toEqual([
      `public/posts/a-post.md:3:9: "date" ${badDate}`,
    ]);
  });

  it('date-time without offset is accepted (read in the site time zone)', () => {
    expect(problems('---\ntitle: Hi\ndate: 2023-02-03T10:00:00\n---\n')).toEqual([]);
  });

  it('date with a space instead of T', () => {
    expect(problems('---\ntitle: Hi\ndate: 2023-02-03 10:00:00\n---\n')).toEqual([
      `public/posts/a-post.md:3:7: "date" ${badDate}`,
    ]);
  });

  it('invalid updated date', () => {
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\nupdated: 2024-13-01\n---\n')).toEqual([
      `public/posts/a-post.md:4:10: "updated" ${badDate}`,
    ]);
  });

  it('tags that are not a list', () => {
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\ntags: go\n---\n')).toEqual([
      'public/posts/a-post.md:4:7: "tags" must be a list, e.g. tags: [go, kubernetes]',
    ]);
  });

  it('a bad tag, at the list item that is wrong', () => {
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\ntags: [go, ""]\n---\n')).toEqual([
      'public/posts/a-post.md:4:12: "tags.1" must not be empty (a tag name)',
    ]);
    // Line 5 ("- go") is fine; line 6 is the problem.
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\ntags:\n  - go\n  - 3\n---\n')).toEqual([
      'public/posts/a-post.md:6:5: "tags.1" must be text (a tag name)',
    ]);
  });

  it('draft that is not a boolean', () => {
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\ndraft: "yes"\n---\n')).toEqual([
      'public/posts/a-post.md:4:8: "draft" must be true or false (without quotes)',
    ]);
    // YAML 1.2: a bare yes is a string too. Comment and blank lines still count.
    expect(problems('---\n# comment\n\ntitle: Hi\ndraft: yes\ndate: 2024-01-01\n---\n')).toEqual([
      'public/posts/a-post.md:5:8: "draft" must be true or false (without quotes)',
    ]);
  });

  it('seriesOrder that is not a finite number', () => {
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\nseriesOrder: two\n---\n')).toEqual([
      'public/posts/a-post.md:4:14: "seriesOrder" must be a number, e.g. seriesOrder: 3',
    ]);
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\nseriesOrder: .inf\n---\n')).toEqual([
      'public/posts/a-post.md:4:14: "seriesOrder" must be a number, e.g. seriesOrder: 3',
    ]);
  });

  it('blank summary', () => {
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\nsummary: "  "\n---\n')).toEqual([
      'public/posts/a-post.md:4:10: "summary" must not be empty (a one-sentence summary)',
    ]);
  });

  it('lists every problem of a file at once', () => {
    expect(problems('---\ntitle: ""\ndate: 2023-02-30\ntags: go\ndraft: "yes"\n---\n', 'public/posts/Bad Name.md')).toEqual([
      'public/posts/Bad Name.md:1:1: file name "Bad Name.md" is not a valid slug: use lowercase letters, digits and hyphens, e.g. "bad-name.md"',
      'public/posts/Bad Name.md:2:8: "title" must not be empty (the post title)',
      `public/posts/Bad Name.md:3:7: "date" ${badDate}`,
      'public/posts/Bad Name.md:4:7: "tags" must be a list, e.g. tags: [go, kubernetes]',
      'public/posts/Bad Name.md:5:8: "draft" must be true or false (without quotes)',
    ]);
  });

  it('no front matter', () => {
    expect(problems('Just text.\n')).toEqual([
      'public/posts/a-post.md:1:1: missing front matter: start the file with a line "---", then "title:" and "date:", then "---"',
    ]);
  });

  it('unterminated front matter', () => {
    const result = loadPost(file, '---\ntitle: Hi\ndate: 2024-01-01\nbody\n');
    expect(result.post).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'public/posts/a-post.md:1:1: front matter is not closed: add a line "---" after the last field',
    ]);
  });

  it('front matter that is not a mapping', () => {
    expect(problems('---\n- a\n- b\n---\nbody')).toEqual([
      'public/posts/a-post.md:2:1: front matter must be "field: value" lines, e.g. title: My post',
    ]);
  });

  it('invalid YAML, at the line and column of the file', () => {
    expect(problems('---\ntitle: Hi: there\ndate: 2024-01-01\n---\n')).toEqual([
      'public/posts/a-post.md:2:8: invalid YAML: Nested mappings are not allowed in compact mappings: write each field on one line as "name: value"; quote values that contain ": "',
    ]);
    expect(problems('---\ntitle: Hi\ntitle: Ho\ndate: 2024-01-01\n---\n')).toEqual([
      'public/posts/a-post.md:3:1: invalid YAML: Map keys must be unique: each field may appear once; remove one of them',
    ]);
    expect(problems('---\ntitle: Hi\ndate: [2024\n---\n')).toEqual([
      'public/posts/a-post.md:3:12: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]: start every field at the beginning of its line, and indent list items under it',
    ]);
  });

  it('positions count from the file start with a BOM and CRLF line ends', () => {
    expect(problems('\uFEFF---\r\ntitle: Hi\r\n\r\ndate: 2023-02-30\r\n---\r\nbody')).toEqual([
      `public/posts/a-post.md:4:7: "date" ${badDate}`,
    ]);
  });

  it('unknown field tag: is a warning with did-you-mean "tags", and the post still loads', () => {
    const result = loadPost(file, '---\ntitle: Hi\ndate: 2024-01-01\ntag: [go]\n---\nbody');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `public/posts/a-post.md:4:1: warning: unknown field "tag": did you mean "tags"? ${knownFields}`,
    ]);
    expect(result.diagnostics[0]!.severity).toBe('warning');
    expect(result.post!.slug).toBe('a-post');
    expect(result.post!.frontMatter).toEqual({ title: 'Hi', date: '2024-01-01' });
  });

  it('unknown field sumary: suggests "summary"; Title: suggests "title"', () => {
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\nsumary: x\n---\n')).toEqual([
      `public/posts/a-post.md:4:1: warning: unknown field "sumary": did you mean "summary"? ${knownFields}`,
    ]);
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\n\nTitle: x\n---\n')).toEqual([
      `public/posts/a-post.md:5:1: warning: unknown field "Title": did you mean "title"? ${knownFields}`,
    ]);
  });

  it('unknown field far from any known one: no suggestion', () => {
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\nfoo: 1\n---\n')).toEqual([
      `public/posts/a-post.md:4:1: warning: unknown field "foo" ${knownFields}`,
    ]);
  });

  it('invalid file name', () => {
    const result = loadPost('public/posts/My Post.md', '---\ntitle: Hi\ndate: 2024-01-01\n---\nbody');
    expect(result.post).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'public/posts/My Post.md:1:1: file name "My Post.md" is not a valid slug: use lowercase letters, digits and hyphens, e.g. "my-post.md"',
    ]);
    expect(problems('---\ntitle: Hi\ndate: 2024-01-01\n---\n', 'public/posts/Lets_Go--.md')).toEqual([
      'public/posts/Lets_Go--.md:1:1: file name "Lets_Go--.md" is not a valid slug: use lowercase letters, digits and hyphens, e.g. "lets-go.md"',
    ]);
  });

  it('front matter closed with "..." does not leak into the post text', () => {
    const result = loadPost(file, '---\ntitle: Hi\ndate: 2024-01-01\n...\nbody\n');
    // Either reject the fence with an error, or treat it as the end of the front matter everywhere.
    if (!result.diagnostics.some((d) => d.severity === 'error')) {
      expect(result.post!.summary).toBe('body');
      expect(result.post!.words).toBe(1);
    }
  });
});

describe('loadPost: what another generator left behind', () => {
  it('reports Hugo and Zola shortcodes and Liquid tags and variables in the text, where they are, but not in code', () => {
    const source = withFrontMatter(
      [
        'Intro {{< youtube abc >}} and {{% notice %}}.',
        '',
        '{% highlight go %}',
        'x',
        '{% endhighlight %}',
        '',
        '![a]({{ site.baseurl }}/a.png) `{{< kept >}}`',
        '',
        '```',
        '{% raw %}',
        '```',
        '',
        '{% katex(block=true) %}x^2{% end %} and {{ youtube(id="abc") }}, {%- end -%}',
        '',
        '<pre><code><span>{{</span>#people<span>}}</span> {{</span>name}}</code></pre>',
      ].join('\n'),
    );
    const fix =
      'it is shown as written: replace it with Markdown (npm run import converts the common ones as it brings posts in)';
    expect(problems(source)).toEqual([
      `${file}:5:7: warning: Hugo shortcode "{{< youtube >}}" left in the text: ${fix}`,
      `${file}:5:31: warning: Hugo shortcode "{{% notice %}}" left in the text: ${fix}`,
      `${file}:7:1: warning: Liquid tag "{% highlight %}" left in the text: ${fix}`,
      `${file}:9:1: warning: Liquid tag "{% endhighlight %}" left in the text: ${fix}`,
      `${file}:11:6: warning: Liquid variable "{{ site.baseurl }}" left in the text: ${fix}`,
      `${file}:17:1: warning: Zola shortcode "katex()" left in the text: ${fix}`,
      `${file}:17:41: warning: Zola shortcode "youtube()" left in the text: ${fix}`,
    ]);
  });

  it('reports images over http (asked for over https) and URLs whose scheme is dropped, in Markdown and HTML, where they are', () => {
    const source = withFrontMatter(
      [
        'See ![a](HTTP://example.org/a.png) and ![b][pic], not [a link](http://example.org).',
        '',
        '<p>Old <img alt="c" src="http://example.org/c.png"> and <IMG SRC=http://example.org/d.png></p>',
        '',
        '![fine](https://example.org/e.png) `![code](http://example.org/f.png)`',
        '',
        'Files at [the archive](FTP://files.example.org/), [a script][js] and <a href="irc://irc.example.org">a chat</a>.',
        '',
        '[pic]: http://example.org/b.png',
        '[js]: javascript:void(0)',
      ].join('\n'),
    );
    const overHttp =
      'the page asks for it over https, the only way the site loads images: check that it shows so and write https://, or copy the image into the posts folder';
    const dropped = 'it shows without its URL: links keep http://, https:// and mailto:, images http:// and https://';
    expect(problems(source)).toEqual([
      `${file}:5:5: warning: image "HTTP://example.org/a.png": ${overHttp}`,
      `${file}:5:40: warning: image "http://example.org/b.png": ${overHttp}`,
      `${file}:7:8: warning: image "http://example.org/c.png": ${overHttp}`,
      `${file}:7:57: warning: image "http://example.org/d.png": ${overHttp}`,
      `${file}:11:10: warning: link "FTP://files.example.org/": ${dropped}`,
      `${file}:11:51: warning: link "javascript:void(0)": ${dropped}`,
      `${file}:11:70: warning: link "irc://irc.example.org": ${dropped}`,
    ]);
  });

  it('reports raw HTML that does not show as written, once per element, where it first is', () => {
    const source = withFrontMatter(
      [
        'A map: <iframe src="https://maps.example/x"></iframe> and <IFRAME src="https://maps.example/y"></IFRAME>',
        '',
        '<script>track()</script>',
        '',
        '<center><video src="https://example.org/v.mp4">Old <font color="red">red</font></video></center>',
        '',
        '<details><summary>Kept</summary><kbd>Ctrl</kbd> <sup>1</sup></details> `<iframe>` in code',
        '',
        '<title>Not the page title',
      ].join('\n'),
    );
    expect(problems(source)).toEqual([
      `${file}:5:8: warning: raw <iframe>: it shows as text (posts embed nothing): link to what it shows instead`,
      `${file}:7:1: warning: raw <script>: it is left out with its content: a post runs no code and brings no styles`,
      `${file}:9:1: warning: raw <center>: it is left out, its text kept (posts keep basic HTML only): write it in Markdown`,
      `${file}:9:9: warning: raw <video>: it is left out, its text kept (posts keep basic HTML only): write it in Markdown`,
      `${file}:9:52: warning: raw <font>: it is left out, its text kept (posts keep basic HTML only): write it in Markdown`,
      `${file}:13:1: warning: raw <title>: it shows as text: leave the tag out, or write it as code (\`<tag>\`)`,
    ]);
  });

  it('reports a first heading that repeats the title (the renderer leaves it out); another first heading is fine', () => {
    expect(problems(withFrontMatter('#  a POST\n\nText.\n'))).toEqual([
      `${file}:5:1: warning: first heading repeats the title: it is left out, so the title shows once: remove it from the text`,
    ]);
    load('# Another heading\n\nText.\n');
    load('Text first.\n\n# A post\n');
    load('## A post\n');
  });
});
