/**
 * The search palette (`/` or Ctrl/Cmd+K): a modal dialog with an ARIA combobox and its
 * listbox of results, updated as the reader types. Arrow keys move through the results,
 * Enter opens the one chosen (or the search page for the words typed), Escape closes
 * and returns focus to where it was. Its own chunk, loaded when first opened.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { searchQuery, type SearchResult } from '../../data/search.ts';
import { useServices } from '../../data/services.ts';
import { formatDate } from '../../lib/dates.ts';
import { usePageNavigator } from '../../navigation/page-navigator.ts';
import { routePaths } from '../../navigation/routes.ts';
import { MarkedText } from './marked-text.tsx';

const shown = 8;

export default function SearchPalette({ onClose }: { onClose: (restoreFocus: boolean) => void }) {
  const s = useServices();
  const navigate = useNavigate();
  const { prefetcher } = usePageNavigator();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [q, setQ] = useState('');
  const [active, setActive] = useState(-1);
  const typed = q.trim() !== '';
  const answer = useQuery({ ...searchQuery(s, { q }, shown), enabled: typed, placeholderData: keepPreviousData });
  const data = typed ? answer.data : undefined;
  const results = data?.results ?? [];

  useEffect(() => {
    const d = dialog.current!;
    d.showModal();
    return () => d.close();
  }, []);

  // Closed here first: while the modal dialog is open, focus cannot return to the page.
  const close = (restoreFocus: boolean) => {
    dialog.current?.close();
    onClose(restoreFocus);
  };
  const go = (path: string) => {
    close(false);
    void navigate(path);
  };
  const open = (result: SearchResult | undefined) => {
    if (result) go(routePaths.post(result.doc.slug));
    else if (typed) go(routePaths.search({ q }));
  };
  const move = (by: number) => {
    if (!results.length) return;
    const next = (active + by + results.length + 1) % (results.length + 1);
    // One step past either end is the input itself (no option chosen).
    const chosen = next === results.length ? -1 : next;
    setActive(chosen);
    if (chosen < 0) return;
    document.getElementById(optionId(chosen))?.scrollIntoView({ block: 'nearest' });
    void prefetcher.prefetch(routePaths.post(results[chosen]!.doc.slug));
  };
  const optionId = (i: number) => `${id}-option-${i}`;
  const status = !typed
    ? 'Type to search the posts.'
    : answer.isError
      ? 'Search failed to load. Check your connection and try again.'
      : !data
        ? 'Searching…'
        : data.total === 0
          ? data.atLeast
            ? `No match for “${q.trim()}” in the posts read so far; Enter shows the search page, which reads further.`
            : `No posts match “${q.trim()}”.`
          : `${data.atLeast ? 'At least ' : ''}${data.total} ${data.total === 1 && !data.atLeast ? 'result' : 'results'}${data.total > results.length || data.atLeast ? `, the first ${results.length} shown; Enter with none chosen shows them all` : ''}.`;

  return (
    <dialog
      ref={dialog}
      className="search-palette"
      aria-label="Search"
      onCancel={(e) => {
        e.preventDefault();
        close(true);
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === dialog.current) close(true);
      }}
    >
      <div className="search-palette-box">
        <label htmlFor={`${id}-input`} className="sr-only">
          Search posts
        </label>
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-status`}
          placeholder="Search posts"
          autoComplete="off"
          spellCheck={false}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setActive(-1);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              move(e.key === 'ArrowDown' ? 1 : -1);
            } else if (e.key === 'Enter') {
              e.preventDefault();
              open(active >= 0 ? results[active] : undefined);
            }
          }}
        />
        <ul id={`${id}-listbox`} role="listbox" aria-label="Results" className="search-palette-results">
          {results.map((result, i) => (
            <li
              key={result.doc.slug}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-palette-option"
              onClick={() => open(result)}
              onPointerEnter={() => void prefetcher.prefetch(routePaths.post(result.doc.slug))}
            >
              <span className="search-palette-title" dir="auto">
                <MarkedText text={result.doc.title} marks={data!.marks} />
              </span>
              {result.excerpt && (
                <span className="search-palette-excerpt" dir="auto">
                  <MarkedText text={result.excerpt} marks={data!.marks} />
                </span>
              )}
              <span className="search-palette-meta">
                {formatDate(result.doc.date)}
                {result.doc.tags.length > 0 && ` · ${result.doc.tags.map((t) => `#${t.name}`).join(' ')}`}
              </span>
            </li>
          ))}
        </ul>
        <p id={`${id}-status`} className="search-palette-status" role="status">
          {status}
        </p>
      </div>
    </dialog>
  );
}
