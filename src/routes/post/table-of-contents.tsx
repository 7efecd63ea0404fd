import type { TocEntry } from '../../markdown/toc.ts';

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <details className="toc" open>
      <summary>Contents</summary>
      <nav aria-label="Table of contents">
        <ol>
          {entries.map((entry) => (
            <li key={entry.id} className={entry.depth === 3 ? 'toc-sub' : undefined}>
              <a href={`#${entry.id}`}>{entry.text}</a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
