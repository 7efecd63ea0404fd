import { Link } from 'react-router';
import type { TocEntry } from '../../markdown/toc.ts';

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
  return (
    <details className="toc" open>
      <summary>Contents</summary>
      <nav aria-label="Table of contents">
        <ol>
          {nest(entries).map((section) => (
            <li key={section.id}>
              <Link to={`#${section.id}`}>{section.text}</Link>
              {section.children.length > 0 && (
                <ol>
                  {section.children.map((entry) => (
                    <li key={entry.id}>
                      <Link to={`#${entry.id}`}>{entry.text}</Link>
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
