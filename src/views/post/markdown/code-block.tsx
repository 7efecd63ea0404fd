/** A fenced code block with a copy button. */
import { useRef, useState, type ComponentProps } from 'react';

export const copyButtonLabel = (copied: boolean) => (copied ? 'Copied' : 'Copy');

/** Copies a code block's text; `shown(true)` on success, `shown(false)` two seconds later or on failure. */
export function copyCode(pre: HTMLElement | null, shown: (copied: boolean) => void): void {
  navigator.clipboard.writeText(pre?.innerText ?? '').then(
    () => {
      shown(true);
      setTimeout(() => shown(false), 2000);
    },
    () => shown(false),
  );
}

export function CodeBlock(props: ComponentProps<'pre'>) {
  const pre = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div className="code-block">
      <button type="button" className="copy-button" onClick={() => copyCode(pre.current, setCopied)}>
        {copyButtonLabel(copied)}
      </button>
      <pre ref={pre} tabIndex={0} {...props} />
    </div>
  );
}
