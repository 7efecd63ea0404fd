/**
 * GitHub's sanitize schema, narrowed: no form controls but read-only task-list
 * checkboxes, and links and images only over http(s)/mailto or relative URLs.
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

const { input: _input, ...attributes } = defaultSchema.attributes ?? {};

export const sanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input').concat('input'),
  attributes: {
    ...attributes,
    input: [
      ['type', 'checkbox'],
      ['disabled', true],
      'checked',
    ],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    src: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};
