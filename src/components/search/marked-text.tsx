import { markRuns, type SearchAnswer } from '../../data/search.ts';

/** A text with the words a search matched in `<mark>`. */
export function MarkedText({ text, marks }: { text: string; marks: SearchAnswer['marks'] }) {
  return <>{markRuns(text, marks).map((run, i) => (run.mark ? <mark key={i}>{run.text}</mark> : run.text))}</>;
}
