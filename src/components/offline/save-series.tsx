/**
 * "Save this series for offline" on a series page: asks the service worker to keep every
 * part's page, data and Markdown, and says when it is done. Shown only once a worker of
 * this site runs (not in the dev server, nor where the site turned offline reading off).
 */
import { useEffect, useState } from 'react';
import { keepPosts, offlineReady } from '../../navigation/offline/keep-posts.ts';

type Saving = { state: 'idle' | 'saving' } | { state: 'done'; failed: number };

export function SaveSeriesOffline({ slugs }: { slugs: string[] }) {
  const [ready, setReady] = useState(false);
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });
  useEffect(() => {
    let live = true;
    void offlineReady().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  if (!ready) return null;
  const save = async () => {
    setSaving({ state: 'saving' });
    const { failed } = await keepPosts(slugs, { allCode: true }).catch(() => ({ failed: slugs }));
    setSaving({ state: 'done', failed: failed.length });
  };
  const parts = (n: number) => `${n} ${n === 1 ? 'part' : 'parts'}`;
  return (
    <div className="save-offline">
      <button type="button" onClick={() => void save()} disabled={saving.state === 'saving'}>
        Save this series for offline
      </button>
      <p role="status">
        {saving.state === 'saving' && 'Saving…'}
        {saving.state === 'done' &&
          (saving.failed
            ? `Saved ${parts(slugs.length - saving.failed)} of ${slugs.length}; ${parts(saving.failed)} could not be fetched. Try again when the connection is back.`
            : `Saved all ${parts(slugs.length)}: they open without a connection.`)}
      </p>
    </div>
  );
}
