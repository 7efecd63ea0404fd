/**
 * Under a sub-path the router writes its home page as `/blog`; the home page's file is
 * `/blog/` (`/blog` costs a redirect on most hosts, and a shared link carries it on).
 * The address bar gets the slash back, in the same history entry.
 */
import { useLayoutEffect } from 'react';
import { useLocation } from 'react-router';
import { useServices } from '../../data/services.ts';

export function useHomeSlash() {
  const location = useLocation();
  const { base } = useServices();
  useLayoutEffect(() => {
    if (base === '/' || window.location.pathname !== base.replace(/\/$/, '')) return;
    window.history.replaceState(window.history.state, '', base + window.location.search + window.location.hash);
  }, [location, base]);
}
