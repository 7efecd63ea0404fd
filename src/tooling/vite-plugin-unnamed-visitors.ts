/**
 * unist-util-visit-parents gives the function it makes for every node it visits a name
 * (`node (element<p>)`), only for readable stack traces. Defining that name is most of
 * the cost of a visit, and every rehype plugin visits every node (figures:
 * docs/decisions/0002-unnamed-visitors-plugin.md). This drops the naming from the module wherever Vite bundles it (the browser app and the
 * prerender bundle); what a visit does is unchanged.
 */
import type { Plugin } from 'vite';
import { patchDependency } from './patch-dependency.ts';

const visitParentsModule = /[\\/]unist-util-visit-parents[\\/]lib[\\/]index\.js(?:\?|$)/;
const naming = /Object\.defineProperty\(visit, 'name', \{[^}]*\}\)/;

/** The module's code without the per-node naming, or undefined if it no longer has it. */
export function withoutVisitorNames(code: string): string | undefined {
  return naming.test(code) ? code.replace(naming, '') : undefined;
}

export function unnamedVisitors(): Plugin {
  return patchDependency({
    name: 'quire:unnamed-visitors',
    module: visitParentsModule,
    patch: withoutVisitorNames,
    missing: 'unist-util-visit-parents no longer names its visitors the way this plugin expects: nothing to remove',
  });
}

/**
 * The packages that must be bundled into the prerender bundle (not loaded from
 * node_modules) for the change to reach every visit: the visitor itself and everything
 * that imports it, directly or through another of these.
 */
export const unifiedPackages = /^(?:unist-util-|mdast-util-|hast-util-|remark-|rehype-)/;
