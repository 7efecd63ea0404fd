/**
 * Template syntax in a post body → plain Markdown: Hugo shortcodes, Jekyll's Liquid and
 * Zola's shortcodes. What has no Markdown form is left as written and noted with its
 * line, so that the author can look at it.
 */
export type Syntax = 'hugo' | 'jekyll' | 'zola' | 'markdown';

export interface BodyContext {
  syntax: Syntax;
  /** Line of the source file on which the body starts. */
  bodyLine: number;
  /** The new slug of the post a reference names (`posts/x.md`, `x`, `2021-02-03-x`), if any. */
  findPost: (ref: string) => string | undefined;
  /** The link written for a post slug, relative to the post being converted. */
  postLink: (slug: string) => string;
  /** A Jekyll `_includes/` file's text, if it exists. */
  readInclude: (name: string) => string | undefined;
}

export interface BodyNote {
  line: number;
  message: string;
}

export interface ConvertedBody {
  text: string;
  /** Each conversion made, by kind (e.g. `youtube`), for the report's counts. */
  converted: string[];
  notes: BodyNote[];
}

type Args = { named: Record<string, string>; positional: string[] };

function parseArgs(text: string): Args {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  const token =
    /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s,)]+))|"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s,()=]+)/g;
  for (const m of text.matchAll(token)) {
    if (m[1]) named[m[1]] = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').replace(/\\"/g, '"');
    else positional.push((m[6] ?? m[7] ?? m[8] ?? m[9] ?? '').replace(/\\"/g, '"'));
  }
  return { named, positional };
}

const arg = (a: Args, name: string, index: number) => a.named[name] ?? a.positional[index];

function fenced(language: string | undefined, code: string): string {
  const body = code.replace(/^\n/, '').replace(/\n$/, '');
  const ticks = /```/.test(body) ? '````' : '```';
  return `${ticks}${language ?? ''}\n${body}\n${ticks}`;
}

function videoLink(site: 'YouTube' | 'Vimeo', a: Args): string | undefined {
  const id = arg(a, 'id', 0);
  if (!id || !/^[\w-]+$/.test(id)) return undefined;
  const url = site === 'YouTube' ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`;
  return `[${a.named.title ?? `Watch on ${site}`}](${url})`;
}

function gistLink(a: Args): string | undefined {
  const user = arg(a, 'user', 0);
  const id = arg(a, 'id', 1);
  if (!user || !id) return undefined;
  const file = arg(a, 'file', 2);
  return `[Gist ${user}/${id}${file ? ` (${file})` : ''}](https://gist.github.com/${user}/${id}${file ? `#file-${file.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : ''})`;
}

function figure(a: Args): string | undefined {
  const src = arg(a, 'src', 0);
  if (!src) return undefined;
  const caption = a.named.caption ?? a.named.title;
  const alt = a.named.alt ?? caption ?? '';
  const image = `![${alt.replace(/[[\]]/g, '')}](${/\s/.test(src) ? `<${src}>` : src})`;
  const linked = a.named.link ? `[${image}](${a.named.link})` : image;
  return caption ? `${linked}\n\n*${caption}*` : linked;
}

const hugoBlock = /^(?:highlight)$/;

/** `{{< name args >}}`, `{{% name args %}}`, `{% tag args %}`, `{{ expression }}`. */
const opener = /\{\{([<%])([\s\S]*?)[>%]\}\}|\{%-?([\s\S]*?)-?%\}|\{\{-?([\s\S]*?)-?\}\}/g;

export function convertBody(body: string, ctx: BodyContext): ConvertedBody {
  const converted: string[] = [];
  const notes: BodyNote[] = [];
  if (ctx.syntax === 'markdown') return { text: body, converted, notes };
  const lineAt = (offset: number) => ctx.bodyLine + (body.slice(0, offset).match(/\n/g)?.length ?? 0);
  const note = (offset: number, message: string) => notes.push({ line: lineAt(offset), message });
  const leftOpen = new Set<string>();
  let out = '';
  let last = 0;
  opener.lastIndex = 0;
  for (let m = opener.exec(body); m; m = opener.exec(body)) {
    const start = m.index;
    let end = start + m[0].length;
    let replacement: string | undefined;

    /** The text up to `closing` (a RegExp matched from `end`), consumed with it. */
    const block = (closing: RegExp): string | undefined => {
      const re = new RegExp(closing.source, 'g');
      re.lastIndex = end;
      const c = re.exec(body);
      if (!c) return undefined;
      const inner = body.slice(end, c.index);
      end = c.index + c[0].length;
      return inner;
    };

    if (m[1] !== undefined && ctx.syntax === 'hugo') {
      const inner = m[2]!.trim();
      if (inner.startsWith('/*') && inner.endsWith('*/')) {
        // Hugo's escape for a shortcode shown as text.
        replacement = `{{${m[1]} ${inner.slice(2, -2).trim()} ${m[1] === '<' ? '>' : '%'}}}`;
      } else {
        const name = /^\/?\s*([\w./-]+)/.exec(inner)?.[1] ?? '';
        const a = parseArgs(inner.slice(inner.indexOf(name) + name.length));
        if (inner.startsWith('/')) {
          // The closing tag of a shortcode already noted at its opening is not noted again.
          if (!leftOpen.has(name)) note(start, `closing shortcode "${inner}" without its opening tag, left as written`);
        } else if (name === 'figure') replacement = figure(a);
        else if (name === 'youtube') replacement = videoLink('YouTube', a);
        else if (name === 'vimeo') replacement = videoLink('Vimeo', a);
        else if (name === 'gist') replacement = gistLink(a);
        else if (name === 'ref' || name === 'relref') {
          const target = arg(a, 'path', 0) ?? '';
          const [path, fragment] = target.split('#');
          const slug = ctx.findPost(path!);
          if (slug) replacement = ctx.postLink(slug) + (fragment ? `#${fragment}` : '');
          else note(start, `${name} to "${target}": no imported post has that path, left as written`);
        } else if (hugoBlock.test(name)) {
          const code = block(/\{\{[<%]\s*\/\s*highlight\s*[>%]\}\}/);
          if (code === undefined) note(start, 'highlight shortcode without {{< /highlight >}}, left as written');
          else replacement = fenced(a.positional[0], code);
        } else {
          leftOpen.add(name);
          note(start, `shortcode "${name}" has no Markdown form, left as written`);
        }
        if (replacement === undefined && !inner.startsWith('/') && ['figure', 'youtube', 'vimeo', 'gist'].includes(name)) {
          note(start, `shortcode "${name}" without the arguments it needs, left as written`);
        }
        if (replacement !== undefined && !inner.startsWith('/*')) converted.push(name);
      }
    } else if (m[3] !== undefined && ctx.syntax === 'jekyll') {
      const inner = m[3].trim();
      const name = /^\w+/.exec(inner)?.[0] ?? '';
      const rest = inner.slice(name.length).trim();
      if (name === 'highlight') {
        const code = block(/\{%-?\s*endhighlight\s*-?%\}/);
        if (code === undefined) note(start, '{% highlight %} without {% endhighlight %}, left as written');
        else replacement = fenced(rest.split(/\s+/)[0] || undefined, code);
      } else if (name === 'raw') {
        const text = block(/\{%-?\s*endraw\s*-?%\}/);
        if (text === undefined) note(start, '{% raw %} without {% endraw %}, left as written');
        else replacement = text;
      } else if (name === 'comment') {
        // A Liquid comment renders nothing.
        if (block(/\{%-?\s*endcomment\s*-?%\}/) === undefined)
          note(start, '{% comment %} without {% endcomment %}, left as written');
        else replacement = '';
      } else if (name === 'post_url') {
        const slug = ctx.findPost(rest);
        if (slug) replacement = ctx.postLink(slug);
        else note(start, `{% post_url ${rest} %}: no imported post has that name, left as written`);
      } else if (name === 'link') {
        const slug = ctx.findPost(rest);
        if (slug) replacement = ctx.postLink(slug);
        else if (!/\.(md|markdown|html)$/i.test(rest)) replacement = `/${rest.replace(/^\//, '')}`;
        else note(start, `{% link ${rest} %} is a page, not an imported post: left as written`);
      } else if (name === 'include') {
        const file = rest.split(/\s+/)[0] ?? '';
        const text = rest.includes(' ') || rest.includes('=') ? undefined : ctx.readInclude(file);
        if (text === undefined) note(start, `{% include ${rest} %}: not a plain file in _includes/, left as written`);
        else if (/\{[{%]/.test(text)) note(start, `{% include ${file} %}: the included file has Liquid in it, left as written`);
        else replacement = text.replace(/\n$/, '');
      } else note(start, `Liquid tag "{% ${name} %}" has no Markdown form, left as written`);
      if (replacement !== undefined) converted.push(name);
    } else if (m[3] !== undefined && ctx.syntax === 'zola') {
      const inner = m[3].trim();
      const call = /^(\w+)\s*\(([\s\S]*)\)$/.exec(inner);
      if (call) {
        // Its body and `{% end %}` are left with it, not looked at again.
        if (block(/\{%-?\s*end\s*-?%\}/) !== undefined) opener.lastIndex = end;
        note(start, `shortcode "${call[1]}" (a body shortcode) has no Markdown form, left as written`);
      } else note(start, `"{% ${inner} %}" has no Markdown form, left as written`);
    } else if (m[4] !== undefined && (ctx.syntax === 'jekyll' || ctx.syntax === 'zola')) {
      const inner = m[4].trim();
      const call = /^(\w+)\s*\(([\s\S]*)\)$/.exec(inner);
      const filtered = /^(["'])(.*?)\1\s*\|\s*(?:relative_url|absolute_url)$/.exec(inner);
      const literal = /^(["'])(.*)\1$/.exec(inner);
      if (literal) {
        // Liquid's (and Tera's) way of writing `{{` itself: `{{ "{{" }}`.
        replacement = literal[2];
        converted.push('escaped braces');
      } else if (/^(?:site\.baseurl|site\.url|base_url|config\.base_url)$/.test(inner)) {
        // The old site's address prefix: root-absolute paths follow it.
        replacement = '';
        converted.push('base URL');
      } else if (filtered) {
        replacement = filtered[2]!.startsWith('/') ? filtered[2] : `/${filtered[2]}`;
        converted.push('base URL');
      } else if (call && ctx.syntax === 'zola') {
        const a = parseArgs(call[2]!);
        if (call[1] === 'youtube') replacement = videoLink('YouTube', a);
        else if (call[1] === 'vimeo') replacement = videoLink('Vimeo', a);
        else if (call[1] === 'gist') {
          const url = a.named.url;
          replacement = url ? `[Gist](${url})` : undefined;
        }
        if (replacement === undefined) note(start, `shortcode "${call[1]}" has no Markdown form, left as written`);
        else converted.push(call[1]!);
      } else note(start, `"{{ ${inner} }}" has no Markdown form, left as written`);
    }

    if (replacement === undefined) continue;
    out += body.slice(last, start) + replacement;
    last = end;
    opener.lastIndex = end;
  }
  const text = out + body.slice(last);
  return { text: ctx.syntax === 'jekyll' ? spacedUrls(text, converted) : text, converted, notes };
}

/** A link's or image's URL with spaces in it, `](a b.png)`, as kramdown reads it. */
const spacedUrl = /\]\(([^()<>\s"']+(?: +[^()<>\s"']+)+)((?:\s+"[^"]*")?\))/g;

/**
 * kramdown takes a URL with spaces (`![a](photos/Swimming Hole.jpg)`), CommonMark only
 * between angle brackets: written so, outside code.
 */
function spacedUrls(text: string, converted: string[]): string {
  let fence: string | undefined;
  return text
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence ? undefined : marker;
        return line;
      }
      if (fence) return line;
      // Code spans keep what they hold: only the text between them is changed.
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, i) =>
          i % 2
            ? part
            : part.replace(spacedUrl, (_, url: string, rest: string) => {
                converted.push('URL with spaces');
                return `](<${url}>${rest}`;
              }),
        )
        .join('');
    })
    .join('\n');
}
