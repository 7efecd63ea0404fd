/**
 * A Vite plugin that changes one module of a dependency as it is bundled, and warns at
 * build time when the module no longer has what the change expects (it is then left as is).
 * For the few places where a library's internals cost the site measurably
 * (docs/decisions/0002-unnamed-visitors-plugin.md, 0025-stackless-react-sentinels.md).
 */
import type { Plugin } from 'vite';

export interface DependencyPatch {
  name: string;
  /** The module's file, matched against its resolved id. */
  module: RegExp;
  /** The changed code, or undefined if the code no longer has what the change expects. */
  patch: (code: string) => string | undefined;
  /** Said when `patch` finds nothing to change. */
  missing: string;
  apply?: Plugin['apply'];
}

export function patchDependency({ name, module, patch, missing, apply }: DependencyPatch): Plugin {
  return {
    name,
    ...(apply && { apply }),
    transform(code, id) {
      if (!module.test(id)) return;
      const changed = patch(code);
      if (changed === undefined) {
        this.warn(missing);
        return;
      }
      return { code: changed, map: null };
    },
  };
}
