/** Markdown blocks of generated posts: sentences with inline marks, lists, quotes, tables, code. */
import type { Plan } from './plan.ts';
import type { Rng } from './rng.ts';
import { cap, contentWords, functionWords, guestAuthors, nouns } from './vocabulary.ts';

function word(rng: Rng): string {
  return rng.chance(0.38) ? rng.pick(functionWords) : rng.pick(contentWords);
}

function words(rng: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(word(rng));
  return out.join(' ');
}

export function sentence(rng: Rng, min = 5, max = 24): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = word(rng);
    if (i > 2 && i < n - 2 && rng.chance(0.06)) w += ',';
    out.push(w);
  }
  out[0] = cap(out[0]!);
  return out.join(' ') + (rng.chance(0.08) ? '?' : '.');
}

export interface BodyContext {
  rng: Rng;
  linkable: Plan[];
  footnotes: string[];
  wantFootnotes: boolean;
}

function decorated(ctx: BodyContext): string {
  const { rng } = ctx;
  const s = sentence(rng);
  if (!rng.chance(0.22)) return s;
  const parts = s.split(' ');
  if (parts.length < 6) return s;
  const at = rng.int(1, parts.length - 3);
  const len = rng.int(1, 3);
  const phrase = parts
    .slice(at, at + len)
    .join(' ')
    .replace(/[,.?]$/, '');
  let replacement: string;
  switch (rng.int(0, 6)) {
    case 0:
      replacement = `*${phrase}*`;
      break;
    case 1:
      replacement = `**${phrase}**`;
      break;
    case 2:
      replacement = `\`${rng.pick(nouns)}${rng.chance(0.5) ? '()' : `.${rng.pick(nouns)}`}\``;
      break;
    case 3:
      replacement = `[${phrase}](https://example.com/${rng.pick(nouns)}/${rng.pick(nouns)})`;
      break;
    case 4: {
      const target = ctx.linkable.length ? rng.pick(ctx.linkable) : undefined;
      replacement = target ? `[${phrase}](./${target.slug}.md)` : `_${phrase}_`;
      break;
    }
    case 5:
      if (ctx.wantFootnotes && ctx.footnotes.length < 4) {
        ctx.footnotes.push(sentence(rng, 6, 18));
        replacement = `${phrase}[^${ctx.footnotes.length}]`;
      } else replacement = `\`${phrase.replace(/\W+/g, '_')}\``;
      break;
    default:
      replacement = `_${phrase}_`;
  }
  return [...parts.slice(0, at), replacement, ...parts.slice(at + len)].join(' ');
}

export function paragraph(ctx: BodyContext): string {
  const n = ctx.rng.int(2, 7);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(decorated(ctx));
  return out.join(' ');
}

export function heading(rng: Rng): string {
  return cap(words(rng, rng.int(2, 6)).replace(/^(the|a|an) /, ''));
}

export function list(ctx: BodyContext, ordered: boolean): string {
  const { rng } = ctx;
  const n = rng.chance(0.1) ? rng.int(10, 30) : rng.int(3, 7);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const item = rng.chance(0.3) ? `**${cap(words(rng, rng.int(1, 3)))}**: ${sentence(rng, 4, 14)}` : decorated(ctx);
    out.push(`${ordered ? `${i + 1}.` : '-'} ${item}`);
    if (!ordered && rng.chance(0.05)) out.push(`  - ${sentence(rng, 3, 10)}`);
  }
  return out.join('\n');
}

export function blockquote(ctx: BodyContext): string {
  const lines = [sentence(ctx.rng, 8, 20), sentence(ctx.rng, 6, 16)];
  if (ctx.rng.chance(0.3)) lines.push('', `— ${ctx.rng.pick(guestAuthors)}`);
  return lines.map((l) => (l ? `> ${l}` : '>')).join('\n');
}

export function table(rng: Rng): string {
  const cols = rng.int(2, 4);
  const head = Array.from({ length: cols }, () => cap(rng.pick(nouns)));
  const rows = Array.from({ length: rng.int(3, 8) }, () =>
    Array.from({ length: cols }, (_, c) =>
      c === 0 ? `\`${rng.pick(nouns)}\`` : rng.chance(0.5) ? `${rng.int(1, 999)} ms` : words(rng, rng.int(1, 4)),
    ),
  );
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, c) => (c > 0 && rng.chance(0.3) ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

function ident(rng: Rng): string {
  return rng.pick(nouns) + cap(rng.pick(nouns));
}

export function codeBlock(rng: Rng): string {
  const lang = rng.pick(['go', 'go', 'bash', 'bash', 'yaml', 'ts', 'ts'] as const);
  const a = ident(rng);
  const b = rng.pick(nouns);
  const c = rng.pick(nouns);
  let code: string;
  switch (lang) {
    case 'go':
      code = rng.chance(0.5)
        ? `package main\n\nimport (\n\t"context"\n\t"fmt"\n\t"time"\n)\n\n// ${cap(a)} ${words(rng, 6)}.\nfunc ${a}(ctx context.Context, ${b}s []string) error {\n\tctx, cancel := context.WithTimeout(ctx, ${rng.int(1, 30)}*time.Second)\n\tdefer cancel()\n\tfor i, ${c} := range ${b}s {\n\t\tif err := ctx.Err(); err != nil {\n\t\t\treturn fmt.Errorf("${b} %d: %w", i, err)\n\t\t}\n\t\tfmt.Println(i, ${c})\n\t}\n\treturn nil\n}`
        : `type ${cap(a)} struct {\n\t${cap(b)} string \`json:"${b}"\`\n\t${cap(c)} int    \`json:"${c},omitempty"\`\n\tmu     sync.Mutex\n}\n\nfunc (x *${cap(a)}) Add(n int) int {\n\tx.mu.Lock()\n\tdefer x.mu.Unlock()\n\tx.${cap(c)} += n\n\treturn x.${cap(c)}\n}`;
      break;
    case 'bash':
      code = rng.chance(0.5)
        ? `# ${words(rng, 5)}\nkubectl get pods -n ${b} -o wide\nkubectl logs deploy/${c} --since=${rng.int(1, 59)}m | grep -i ${rng.pick(nouns)}\nkubectl rollout restart deploy/${c}`
        : `#!/usr/bin/env bash\nset -euo pipefail\n\nfor f in ./${b}/*.json; do\n  jq '.${c}' "$f" >> out.txt\ndone\ncurl -s https://example.com/${b}/${c} | jq '.items[] | .name'\ndocker run --rm -it ${b}/${c}:${rng.int(1, 9)}.${rng.int(0, 20)}`;
      break;
    case 'yaml':
      code = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${b}-${c}\n  labels:\n    app: ${b}\nspec:\n  replicas: ${rng.int(1, 9)}\n  template:\n    spec:\n      containers:\n        - name: ${c}\n          image: example.com/${b}:${rng.int(1, 9)}.${rng.int(0, 20)}\n          resources:\n            limits:\n              memory: ${rng.int(1, 16) * 64}Mi\n              cpu: ${rng.int(1, 8) * 250}m`;
      break;
    default:
      code = rng.chance(0.5)
        ? `interface ${cap(a)} {\n  ${b}: string;\n  ${c}?: number;\n}\n\nexport async function load${cap(b)}(id: string): Promise<${cap(a)}> {\n  const res = await fetch(\`/api/${b}/\${id}\`);\n  if (!res.ok) throw new Error(\`${b} \${id}: \${res.status}\`);\n  return (await res.json()) as ${cap(a)};\n}`
        : `const ${a} = new Map<string, number>();\n\nfor (const ${b} of ${c}List) {\n  // ${words(rng, 6)}\n  ${a}.set(${b}.id, (${a}.get(${b}.id) ?? 0) + 1);\n}\n\nconsole.log([...${a}].sort((x, y) => y[1] - x[1]).slice(0, ${rng.int(3, 20)}));`;
  }
  return `\`\`\`${lang}\n${code}\n\`\`\``;
}
