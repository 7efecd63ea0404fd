import { RouterLink } from '../../navigation/router-link.tsx';
import type { TocEntry } from '../../markdown/toc.ts';
import { usePage } from '../../navigation/page-stack/page-context.ts';

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

/** Links go through the router, as a post's own #fragment links do (see MarkdownLink). */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const { path } = usePage();
  return (
    <details className="toc" open>
      <summary>Contents</summary>
      <nav aria-label="Table of contents">
        <ol>
          {nest(entries).map((section) => (
            <li key={section.id}>
              <RouterLink to={`${path}#${section.id}`}>{section.text}</RouterLink>
              {section.children.length > 0 && (
                <ol>
                  {section.children.map((entry) => (
                    <li key={entry.id}>
                      <RouterLink to={`${path}#${entry.id}`}>{entry.text}</RouterLink>
                    </li>
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
