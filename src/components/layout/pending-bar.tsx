/** A thin progress bar while a navigation waits, shown only if it takes over 200 ms. */
import { useEffect, useState } from 'react';
import { useNavigation } from 'react-router';

export function PendingBar() {
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  // The navigation that has been waiting long enough to show the bar.
  const [slow, setSlow] = useState<object>();
  useEffect(() => {
    if (!busy || !navigation.location) return;
    const timer = setTimeout(() => setSlow(navigation.location), 200);
    return () => clearTimeout(timer);
  }, [busy, navigation.location]);
  const visible = busy && slow === navigation.location;
  return (
    <div
      className={visible ? 'pending-bar visible' : 'pending-bar'}
      role="progressbar"
      aria-hidden={!visible}
      aria-label="Loading page"
    />
  );
}
