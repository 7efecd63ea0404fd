/**
 * Puts a newer version of a post's text into the element that shows it. When it is the same
 * text with its code coloured (the worker's second reply, markdown/markdown-worker.ts), only
 * the code elements change: the images, the focus and a selection elsewhere in the text stay
 * as they are. Any other change sets the whole HTML again.
 */
export function updateText(part: Element, html: string): void {
  const next = part.ownerDocument.createElement('template');
  next.innerHTML = html;
  // Compared as the browser writes HTML back, which need not be the string it was given.
  const wanted = next.innerHTML;
  const before = part.querySelectorAll('pre > code');
  const after = next.content.querySelectorAll('pre > code');
  if (before.length === after.length) {
    before.forEach((code, i) => copyElement(after[i]!, code));
    if (part.innerHTML === wanted) return;
  }
  part.innerHTML = html;
}

function copyElement(from: Element, to: Element): void {
  for (const name of to.getAttributeNames()) if (!from.hasAttribute(name)) to.removeAttribute(name);
  for (const name of from.getAttributeNames()) to.setAttribute(name, from.getAttribute(name)!);
  if (to.innerHTML !== from.innerHTML) to.innerHTML = from.innerHTML;
}
