import { markRuns } from '../../data/search.ts';
import type { Marks } from '../../data/search-excerpt.ts';

/** A text with the words a search matched in `<mark>`. */
export function MarkedText({ text, marks }: { text: string; marks: Marks }) {
  return <>{markRuns(text, marks).map((run, i) => (run.mark ? <mark key={i}>{run.text}</mark> : run.text))}</>;
}
