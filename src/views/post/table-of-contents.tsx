import { useState, useSyncExternalStore, type RefObject } from 'react';
import { RouterLink } from '../../navigation/router-link.tsx';
import type { TocEntry } from '../../markdown/toc.ts';
import { usePage } from '../../navigation/page-stack/page-context.ts';
import { useCurrentSection } from './use-current-section.ts';

type Section = TocEntry & { children: TocEntry[] };

/** h3 entries nest under the h2 before them. */
function nest(entries: TocEntry[]): Section[] {
  const sections: Section[] = [];
  for (const entry of entries) {
    const parent = sections.at(-1);
    if (entry.depth === 3 && parent) parent.children.push(entry);
    else sections.push({ ...entry, children: [] });
  }
  return sections;
}

/** Wide enough for the table of contents to sit beside the text (as in global.css). */
const besideText = '(min-width: 78rem)';
function subscribeWidth(listener: () => void) {
  const media = matchMedia(besideText);
  media.addEventListener('change', listener);
  return () => media.removeEventListener('change', listener);
}

/**
 * Links go through the router, as a post's own #fragment links do (see MarkdownLink).
 * Collapsed in the prerendered page (a phone shows the text first); on a wide screen it
 * sits beside the text, so it opens once the page has hydrated without moving the text.
 * The section being read is marked `aria-current="location"`.
 */
export function TableOfContents({ entries, body }: { entries: TocEntry[]; body: RefObject<HTMLElement | null> }) {
  const { path } = usePage();
  const wide = useSyncExternalStore(
    subscribeWidth,
    () => matchMedia(besideText).matches,
    () => false,
  );
  // The reader's own open/close wins over the width.
  const [chosen, setChosen] = useState<boolean>();
  const open = chosen ?? wide;
  const active = useCurrentSection(
    entries.map((e) => e.id),
    body,
  );
  const link = (entry: TocEntry) => (
    <RouterLink to={`${path}#${entry.id}`} aria-current={entry.id === active ? 'location' : undefined}>
      {entry.text}
    </RouterLink>
  );
  return (
    <details className="toc" open={open} onToggle={(e) => e.currentTarget.open !== open && setChosen(e.currentTarget.open)}>
      <summary>Contents</summary>
      <nav aria-label="Table of contents">
        <ol>
          {nest(entries).map((section) => (
            <li key={section.id}>
              {link(section)}
              {section.children.length > 0 && (
                <ol>
                  {section.children.map((entry) => (
                    <li key={entry.id}>{link(entry)}</li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
