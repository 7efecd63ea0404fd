/** A thin progress bar while a navigation waits, shown only if it takes over 200 ms. */
import { useEffect, useState } from 'react';
import { useNavigation } from 'react-router';

export function PendingBar() {
  const busy = useNavigation().state !== 'idle';
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!busy) return setVisible(false);
    const timer = setTimeout(() => setVisible(true), 200);
    return () => clearTimeout(timer);
  }, [busy]);
  return (
    <div className={visible ? 'pending-bar visible' : 'pending-bar'} role="progressbar" aria-hidden={!visible} aria-label="Loading page" />
  );
}
