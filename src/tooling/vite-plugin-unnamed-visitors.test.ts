import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withoutVisitorNames } from './vite-plugin-unnamed-visitors.ts';

const installed = path.join(path.dirname(createRequire(import.meta.url).resolve('unist-util-visit-parents')), 'lib', 'index.js');

describe('unnamedVisitors', () => {
  it('finds the naming in the installed unist-util-visit-parents and removes only it', async () => {
    const code = readFileSync(installed, 'utf8');
    const changed = withoutVisitorNames(code);
    expect(changed).toBeDefined();
    expect(changed).not.toContain("defineProperty(visit, 'name'");
    expect(code.length - changed!.length).toBeLessThan(200);

    // The changed module still visits: load it and walk a small tree.
    const resolve = createRequire(installed).resolve;
    const absolute = changed!.replace(
      /^(import .* from )'([^']+)'/gm,
      (_, start: string, spec: string) => `${start}'${pathToFileURL(resolve(spec)).href}'`,
    );
    const url = `data:text/javascript;base64,${Buffer.from(absolute).toString('base64')}`;
    const { visitParents } = (await import(/* @vite-ignore */ url)) as typeof import('unist-util-visit-parents');
    const seen: string[] = [];
    visitParents(
      { type: 'root', children: [{ type: 'a', children: [{ type: 'b' }] }, { type: 'c' }] } as never,
      (node, parents) => {
        seen.push(`${(node as { type: string }).type}:${parents.length}`);
      },
    );
    expect(seen).toEqual(['root:0', 'a:1', 'b:2', 'c:1']);
  });

  it('leaves code without the naming alone', () => {
    expect(withoutVisitorNames('export function visitParents() {}')).toBeUndefined();
  });
});
