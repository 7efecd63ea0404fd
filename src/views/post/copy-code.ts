/** The copy button of a code block (markdown/copy-buttons.ts): copies the block's text and says so. */
import { copyButtonLabel } from '../../markdown/copy-buttons.ts';

/** Copies the code after `button`; the button reads "Copied" for two seconds, or stays "Copy" on failure. */
export function copyCode(button: Element): void {
  const pre = button.nextElementSibling;
  const shown = (copied: boolean) => (button.textContent = copyButtonLabel(copied));
  navigator.clipboard.writeText(pre instanceof HTMLElement ? pre.innerText : '').then(
    () => {
      shown(true);
      setTimeout(() => shown(false), 2000);
    },
    () => shown(false),
  );
}
