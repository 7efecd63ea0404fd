/**
 * GitHub's sanitize schema, narrowed: no form controls but read-only task-list
 * checkboxes, no `action` attributes. Links and images only over http(s)/mailto or
 * relative URLs: see plugins/rehype-safe-urls.ts, which runs right after.
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

// `srcset` on <source> is a list of URLs the sanitizer's protocol check cannot read: drop it.
const { input: _input, source: _source, ...attributes } = defaultSchema.attributes ?? {};
// `action` is allowed on every element by GitHub's schema; inert without <form>, but a
// URL nobody needs: drop it.
attributes['*'] = (attributes['*'] ?? []).filter((attribute) => attribute !== 'action');

export const sanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input').concat('input'),
  attributes: {
    ...attributes,
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
  },
  // URL schemes are checked by rehype-safe-urls right after sanitizing: this check is
  // case-sensitive and mistakes a relative path such as `foo):` for a scheme.
  protocols: {},
};
