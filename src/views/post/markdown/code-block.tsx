/** A fenced code block with a copy button. */
import { useRef, useState, type ComponentProps } from 'react';

export function CodeBlock(props: ComponentProps<'pre'>) {
  const pre = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard.writeText(pre.current?.innerText ?? '').then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      },
      () => setCopied(false),
    );
  return (
    <div className="code-block">
      <button type="button" className="copy-button" onClick={copy}>
        {copied ? 'Copied' : 'Copy'}
      </button>
      <pre ref={pre} tabIndex={0} {...props} />
    </div>
  );
}
