import { describe, expect, it } from 'vitest';
import { convertBody, type BodyContext, type Syntax } from './shortcodes.ts';

const posts: Record<string, string> = {
  'posts/first.md': 'first',
  first: 'first',
  '2021-02-03-hello': 'hello',
  '_posts/2021-02-03-hello.md': 'hello',
};
const context = (syntax: Syntax): BodyContext => ({
  syntax,
  bodyLine: 5,
  findPost: (ref) => posts[ref.replace(/^\//, '')],
  postLink: (slug) => `./${slug}.md`,
  readInclude: (name) => ({ 'note.md': 'A plain note.\n', 'liquid.html': '{{ page.title }}' })[name],
});

describe('Hugo shortcodes', () => {
  const hugo = (text: string) => convertBody(text, context('hugo'));

  it('turns figure, youtube, vimeo and gist into Markdown', () => {
    const { text, converted, notes } = hugo(
      [
        '{{< figure src="/images/bridge.png" caption="The bridge" >}}',
        '{{< youtube w7Ft2ymGmfc >}}',
        '{{< vimeo id="146022717" title="A talk" >}}',
        '{{< gist spf13 7896402 >}}',
      ].join('\n'),
    );
    expect(text).toBe(
      [
        '![The bridge](/images/bridge.png)\n\n*The bridge*',
        '[Watch on YouTube](https://www.youtube.com/watch?v=w7Ft2ymGmfc)',
        '[A talk](https://vimeo.com/146022717)',
        '[Gist spf13/7896402](https://gist.github.com/spf13/7896402)',
      ].join('\n'),
    );
    expect(converted).toEqual(['figure', 'youtube', 'vimeo', 'gist']);
    expect(notes).toEqual([]);
  });

  it('turns highlight into fenced code and ref/relref into links to the new post', () => {
    const { text } = hugo(
      'See [it]({{< ref "posts/first.md" >}}) and [that]({{< relref "first#part" >}}).\n{{< highlight go "linenos=table" >}}\nfunc main() {}\n{{< /highlight >}}\n',
    );
    expect(text).toBe('See [it](./first.md) and [that](./first.md#part).\n```go\nfunc main() {}\n```\n');
  });

  it('leaves other shortcodes and unknown refs as written, noted with their source line', () => {
    const source = 'Intro\n\n{{< tweet user="x" id="1" >}}\n{{% notice %}}\n[a]({{< ref "missing" >}})';
    const { text, notes } = hugo(source);
    expect(text).toBe(source);
    expect(notes.map((n) => n.line)).toEqual([7, 8, 9]);
    expect(notes[0]!.message).toContain('"tweet"');
    expect(notes[2]!.message).toContain('"missing"');
  });

  it('notes a paired shortcode once, and a closing tag alone', () => {
    const { notes } = hugo('{{< collapse summary="More" >}}\nHidden\n{{< /collapse >}}\n{{< /details >}}');
    expect(notes).toEqual([
      { line: 5, message: 'shortcode "collapse" has no Markdown form, left as written' },
      { line: 8, message: 'closing shortcode "/details" without its opening tag, left as written' },
    ]);
  });

  it('unescapes a shortcode written as text and leaves Liquid alone', () => {
    expect(hugo('{{</* youtube x */>}} {% raw %}').text).toBe('{{< youtube x >}} {% raw %}');
  });
});

describe('Liquid', () => {
  const jekyll = (text: string) => convertBody(text, context('jekyll'));

  it('turns highlight, post_url, link, include and the base URL into Markdown', () => {
    const { text, notes } = jekyll(
      [
        '{% highlight ruby linenos %}',
        'puts 1',
        '{% endhighlight %}',
        '[Hello]({% post_url 2021-02-03-hello %}) [again]({% link _posts/2021-02-03-hello.md %})',
        '![x]({{ site.baseurl }}/assets/x.png) ![y]({{ "/assets/y.png" | relative_url }}) [z]({% link assets/z.pdf %})',
        '{% include note.md %}',
        '{% raw %}{{ kept }}{% endraw %}{% comment %}{% include x.html %}{% endcomment %}',
      ].join('\n'),
    );
    expect(text).toBe(
      [
        '```ruby\nputs 1\n```',
        '[Hello](./hello.md) [again](./hello.md)',
        '![x](/assets/x.png) ![y](/assets/y.png) [z](/assets/z.pdf)',
        'A plain note.',
        '{{ kept }}',
      ].join('\n'),
    );
    expect(notes).toEqual([]);
  });

  it("writes Liquid's escaped braces as braces", () => {
    const { text, converted } = jekyll('<pre><code>{{ "{{" }}#people}}\n  {{ \'{{\' }}name}}</code></pre>');
    expect(text).toBe('<pre><code>{{#people}}\n  {{name}}</code></pre>');
    expect(converted).toEqual(['escaped braces', 'escaped braces']);
  });

  it('puts a URL with spaces, which kramdown takes, between angle brackets, but not in code', () => {
    const { text, converted } = jekyll(
      [
        '![Swimming hole](https://example.org/photos/Swimming Hole.jpg "At noon") and [notes](files/My Notes.pdf)',
        '`[kept](a b)` [fine](a%20b) [also](<a b>)',
        '```',
        '[kept](a b)',
        '```',
      ].join('\n'),
    );
    expect(text).toBe(
      [
        '![Swimming hole](<https://example.org/photos/Swimming Hole.jpg> "At noon") and [notes](<files/My Notes.pdf>)',
        '`[kept](a b)` [fine](a%20b) [also](<a b>)',
        '```',
        '[kept](a b)',
        '```',
      ].join('\n'),
    );
    expect(converted).toEqual(['URL with spaces', 'URL with spaces']);
  });

  it('notes what it cannot convert', () => {
    const { notes } = jekyll(
      '{% include liquid.html %}\n{% include missing.html x=1 %}\n{{ page.title }}\n{% post_url 2020-01-01-gone %}',
    );
    expect(notes.map((n) => `${n.line}: ${n.message.slice(0, 20)}`)).toEqual([
      '5: {% include liquid.ht',
      '6: {% include missing.h',
      '7: "{{ page.title }}" h',
      '8: {% post_url 2020-01-',
    ]);
  });
});

describe('Zola and plain Markdown', () => {
  it('turns Zola youtube and base_url into Markdown and notes body shortcodes', () => {
    const { text, notes } = convertBody(
      '{{ youtube(id="abc_1") }}\n[x]({{ base_url }}/x.png)\n{% note(kind="info") %}\nHi\n{% end %}',
      context('zola'),
    );
    expect(text).toBe(
      '[Watch on YouTube](https://www.youtube.com/watch?v=abc_1)\n[x](/x.png)\n{% note(kind="info") %}\nHi\n{% end %}',
    );
    expect(notes).toEqual([{ line: 7, message: expect.stringContaining('"note"') }]);
  });

  it('leaves a plain Markdown body as it is', () => {
    expect(convertBody('{{< youtube x >}} {{ y }}', context('markdown'))).toEqual({
      text: '{{< youtube x >}} {{ y }}',
      converted: [],
      notes: [],
    });
  });
});
