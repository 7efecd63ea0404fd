/**
 * "Share" (the Web Share API) where the browser has it, else "Copy link"; both only after
 * hydration, as they need script. The plain links work without it.
 */
import { useRef, useState } from 'react';
import { useHydrated } from '../../components/use-hydrated.ts';
import { shareLinks } from './share-links.ts';

export function ShareBox({ url, title }: { url: string; title: string }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const say = (message: string) => {
    setStatus(message);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 4000);
  };
  const canShare = hydrated && typeof navigator.share === 'function';
  const canCopy = hydrated && !canShare && Boolean(navigator.clipboard);
  const share = () => navigator.share({ title, url }).catch(() => undefined);
  const copy = () =>
    navigator.clipboard.writeText(url).then(
      () => say('Link copied'),
      () => say('Could not copy the link'),
    );
  return (
    <section className="share" aria-label="Share this post">
      {canShare && (
        <button type="button" onClick={() => void share()}>
          Share
        </button>
      )}
      {canCopy && (
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
      )}
      <ul className="share-links">
        {shareLinks(url, title).map((link) => (
          <li key={link.label}>
            <a href={link.href} rel="noopener noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="share-status" role="status">
        {status}
      </p>
    </section>
  );
}
