/**
 * Where a character of a node's text is in the post's file: `start` is the node's own
 * place, `index` the character's offset in its value. (In a quote or a list, the lines
 * after the first also hold the container's marks, which this does not count.)
 */
export function positionInNode(start: { line: number; column: number }, value: string, index: number) {
  const before = value.slice(0, index).split('\n');
  return {
    line: start.line + before.length - 1,
    column: before.length > 1 ? before.at(-1)!.length + 1 : start.column + before[0]!.length,
  };
}
