/**
 * The one typed description of a post. The build pipeline validates front matter
 * with `frontMatterSchema`; the app imports only the types (erased at build), so zod
 * never reaches the browser.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../lib/dates.ts';

const isoDate = z.string({ error: 'must be a date such as 2024-05-01 or 2024-05-01T09:30:00+02:00' }).refine(isValidIsoDate, {
  error:
    'is not a valid date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with an optional offset (Z or -07:00; without one, it is read in the timeZone of site.config.ts)',
});

const nonEmpty = (what: string) =>
  z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(1, { error: `must not be empty (${what})` });

export const frontMatterSchema = z.object({
  title: nonEmpty('the post title'),
  date: isoDate,
  summary: nonEmpty('a one-sentence summary').optional(),
  tags: z.array(nonEmpty('a tag name'), { error: 'must be a list, e.g. tags: [go, kubernetes]' }).optional(),
  series: nonEmpty('the series name').optional(),
  seriesOrder: z
    .number({ error: 'must be a number, e.g. seriesOrder: 3' })
    .finite({ error: 'must be a finite number' })
    .optional(),
  author: z
    .union(
      [
        nonEmpty("the author's name"),
        z.array(nonEmpty("an author's name")).min(1, { error: 'must name at least one author, e.g. author: [Ann, Bob]' }),
      ],
      {
        error: 'must be a name or a list of names, e.g. author: Ann or author: [Ann, Bob]',
      },
    )
    .optional(),
  updated: isoDate.optional(),
  draft: z.boolean({ error: 'must be true or false (without quotes)' }).optional(),
  cover: nonEmpty('an image path relative to public/posts/')
    .refine((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https:\/\//i.test(value), {
      error: 'must be an image path relative to public/posts/ (e.g. images/cover.png) or an https:// URL',
    })
    .optional(),
  aliases: z
    .array(nonEmpty('an old path of the post'), { error: 'must be a list of old paths, e.g. aliases: [/2021/02/03/my-post/]' })
    .optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export const frontMatterFields = Object.keys(frontMatterSchema.shape) as (keyof FrontMatter)[];

export interface TagRef {
  name: string;
  slug: string;
}

/** An author of a post: their page is `/authors/<slug>`. */
export type AuthorRef = TagRef;

export interface SeriesRef {
  name: string;
  slug: string;
  /** 1-based position in reading order. */
  part: number;
  total: number;
}

/** What every list shows about a post: derived from front matter and the body. */
export interface PostSummary {
  slug: string;
  title: string;
  /** As the author wrote it (shown as written, compared as an instant). */
  date: string;
  updated?: string;
  summary: string;
  /** The author wrote `summary` (rather than it being derived from the text): shown as the post's lead. */
  ownSummary?: true;
  /** The post's `author` (one or more), else the site's author. */
  authors: AuthorRef[];
  tags: TagRef[];
  series?: SeriesRef;
  words: number;
  readingMinutes: number;
  /** Relative to the posts folder (`images/a.png`, or `<slug>/a.png` for a folder post), or a URL. */
  cover?: string;
  /** A folder post (`<slug>/index.md`): its relative links and images start from `posts/<slug>/`. */
  folder?: true;
  draft?: true;
  /** Dated after the build's clock: only the dev server shows it. */
  scheduled?: true;
}
