/** `npm run new`: the text of a new post, dated now in the site's time zone. */
import { stringify } from 'yaml';
import { nowIn } from './dates.ts';
import { fileSlug } from './convert.ts';

export interface NewPostInput {
  title: string;
  tags?: string[];
  series?: string;
  timeZone?: string;
  now?: number;
}

export function newPost(input: NewPostInput): { slug: string; text: string } {
  const title = input.title.trim();
  const slug = fileSlug(title);
  if (!slug)
    throw new Error(
      `"${input.title}" has no letter or digit to make a file name from: use a title with a Latin letter or a digit`,
    );
  const data: Record<string, unknown> = { title, date: nowIn(input.timeZone ?? 'UTC', input.now) };
  const tags = (input.tags ?? []).map((t) => t.trim()).filter(Boolean);
  if (tags.length) data.tags = tags;
  if (input.series?.trim()) data.series = input.series.trim();
  return {
    slug,
    text: `---\n${stringify(data, { lineWidth: 0, flowCollectionPadding: false })}---\n\nThe first paragraph is the summary.\n`,
  };
}
