/**
 * The pages inside <main>: the current one, a few rendered ahead of time out of sight
 * (see prerender-queue.ts), and for a moment the one just left, hidden. Following a link
 * to a page rendered ahead of time only reveals it: React has rendered it and the browser
 * has laid it out, so it shows in the next frame. Pages rendered ahead of time come after
 * the current one, so that its element ids are the ones `#fragment` links find.
 */
import {
  Component,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { NavigationType, useLocation, useNavigationType, type Location } from 'react-router';
import { withoutTrailingSlash } from '../../lib/paths.ts';
import { whenIdle } from '../../lib/when-idle.ts';
import { usePageNavigator } from '../page-navigator.ts';
import { matchRoute } from '../match-route.ts';
import { PageContext, pageAt, PageVisitContext } from './page-context.ts';
import type { PrerenderQueue, StackedPage } from './prerender-queue.ts';

export function PageStack() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const { queue, prefetcher } = usePageNavigator();
  const waiting = useWaitingPages(queue);
  const [revealed, setRevealed] = useState<{ path: string; from: Location }>();
  // A page revealed on a click (below) is shown until the router, a moment later, moves to it.
  // Once it has moved, the router decides again. Each navigation has its own location object:
  // Back to the entry the page was revealed from is a move, even when no render saw the one between.
  if (revealed && revealed.from !== location) setRevealed(undefined);
  const early = revealed?.from === location ? revealed.path : undefined;
  const path = early ?? withoutTrailingSlash(location.pathname) + location.search;
  const hash = early ? '' : location.hash;
  // Laid out whole at once: a first load, Back/Forward (a scroll position to restore) or a
  // #fragment; a page revealed early was reached by a plain link. Only this, not the hash
  // itself, reaches the views: an update that reaches a post's body before it has hydrated
  // would replace the prerendered text by its fallback.
  const whole = !early && (navigationType !== NavigationType.Push || hash !== '');
  const frame = queue.frameFor(path, waiting);
  const left = useLeftPage(frame, hash);
  const at = waiting.findIndex((p) => p.id === frame.id);
  // Pages rendered before the one now shown are dropped, so the current page comes first.
  const after = at === -1 ? waiting : waiting.slice(at + 1);
  // `frame` is a new object on every render; its path and id say which page it is.
  useEffect(() => {
    queue.arrivedAt(frame);
    prefetcher.newPage();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queue, prefetcher, frame.path, frame.id]);
  // Back or Forward while a clicked page was still rendering: that page must not show up later.
  useEffect(() => {
    const cancel = () => queue.cancelReveal();
    addEventListener('popstate', cancel);
    return () => removeEventListener('popstate', cancel);
  }, [queue]);
  // One list in the order the frames were made, which is their order in the document: a
  // page keeps its elements when it becomes the current one, and none moves (it would
  // lose its layout).
  const frames = [frame, ...(left ? [left] : []), ...after].sort((a, b) => a.id - b.id);
  const stateOf = (p: StackedPage): FrameState => (p === frame ? 'current' : p === left ? 'left' : 'ahead');
  const elements = useRef(new Map<number, HTMLElement>());
  /** Where the reader was when a reveal last swapped the frames by hand. */
  const swappedAt = useRef<Location>(undefined);
  // A link calls this after asking the router for `to` (see revealAheadOfTime). The frames
  // trade places in the document at once, without waiting for React; React's render right
  // after the paint gives them the same states.
  useLayoutEffect(
    () =>
      queue.setRevealer((to) => {
        const target = after.find((p) => p.path === to);
        const shown = elements.current.get(frame.id);
        const next = target && elements.current.get(target.id);
        if (!shown || !next) return false;
        shown.dataset.page = 'left' satisfies FrameState;
        next.dataset.page = 'current' satisfies FrameState;
        window.scrollTo(0, 0);
        swappedAt.current = location;
        startTransition(() => setRevealed({ path: to, from: location }));
        return true;
      }),
    [queue, after, frame.id, location],
  );
  // A reveal the router overtook (Back at once) never renders: React would leave the frames
  // as the reveal swapped them, the page shown not the one at the address. A swap still
  // waiting for its render stays.
  useLayoutEffect(() => {
    if (swappedAt.current === location && !early) return;
    swappedAt.current = undefined;
    for (const p of frames) {
      const element = elements.current.get(p.id);
      const state = stateOf(p);
      if (element && element.dataset.page !== state) element.dataset.page = state;
    }
  });
  const register = useCallback((id: number, element: HTMLElement | null) => {
    if (element) elements.current.set(id, element);
    else elements.current.delete(id);
  }, []);
  return (
    <div className="page-stack">
      {frames.map((p) =>
        p === frame ? (
          <PageFrame key={p.id} id={p.id} register={register} path={path} whole={whole} state="current" />
        ) : (
          <PageFrame key={p.id} id={p.id} register={register} path={p.path} whole={false} state={stateOf(p)} />
        ),
      )}
    </div>
  );
}

/**
 * The page just left is hidden, and taken apart when the browser is idle: work a click
 * need not wait for. Not when the new page is opened at a #fragment and the old page
 * comes first: the fragment's element must be the first with its id.
 */
function useLeftPage(frame: StackedPage, hash: string): StackedPage | undefined {
  const [state, setState] = useState<{ shown: StackedPage; left?: StackedPage }>({ shown: frame });
  let { left } = state;
  if (state.shown.id !== frame.id || state.shown.path !== frame.path) {
    const previous = state.shown;
    left = previous.id !== frame.id && !(hash && previous.id < frame.id) ? previous : undefined;
    setState({ shown: frame, left });
  }
  useEffect(() => {
    if (!state.left) return;
    return whenIdle(() => startTransition(() => setState((s) => ({ shown: s.shown }))), 1000);
  }, [state.left]);
  return left;
}

/** In place of the pages when the router could not load this one (same markup around it as a page). */
export function PageStackError({ children }: { children: ReactNode }) {
  return (
    <div className="page-stack">
      <div className="page" data-page="current">
        {children}
      </div>
    </div>
  );
}

/** The queue, followed at transition priority: rendering a page ahead of time never delays input. */
function useWaitingPages(queue: PrerenderQueue): StackedPage[] {
  const [pages, setPages] = useState(queue.waitingPages);
  useEffect(() => {
    const update = () => startTransition(() => setPages(queue.waitingPages()));
    update();
    return queue.subscribe(update);
  }, [queue]);
  return pages;
}

/** The page shown, one rendered ahead of time, or the one just left (hidden). */
type FrameState = 'current' | 'ahead' | 'left';

interface FrameProps {
  id: number;
  register: (id: number, element: HTMLElement | null) => void;
  path: string;
  state: FrameState;
  whole: boolean;
}

function PageFrame({ id, register, path, state, whole }: FrameProps) {
  const current = state === 'current';
  const page = useMemo(() => pageAt(path), [path]);
  const visit = useMemo(() => ({ current, whole }), [current, whole]);
  const ref = useCallback((element: HTMLElement | null) => register(id, element), [id, register]);
  const { views, queue } = usePageNavigator();
  const match = matchRoute(path);
  const View = match && views.loaded(match.route.view)?.Component;
  // The same element while the path stays: revealing the page re-renders only what reads the visit.
  const content = useMemo(
    () => (
      <PageContext value={page}>
        {/* eslint-disable-next-line react-hooks/static-components -- a view module's export: the same function for the same path */}
        <Suspense fallback={null}>{View && <View />}</Suspense>
      </PageContext>
    ),
    [page, View],
  );
  return (
    <div className="page" data-page={state} data-path={path} ref={ref}>
      <PageVisitContext value={visit}>
        <AheadOfTimeBoundary path={path} current={current} queue={queue}>
          {content}
        </AheadOfTimeBoundary>
      </PageVisitContext>
    </div>
  );
}

/**
 * A page rendered ahead of time that fails is dropped quietly (the real navigation will
 * show what is wrong); an error in the current page goes on to the route's error boundary.
 */
interface BoundaryProps {
  path: string;
  current: boolean;
  queue: PrerenderQueue;
  children: ReactNode;
}

class AheadOfTimeBoundary extends Component<BoundaryProps, { failed: boolean; error?: unknown }> {
  state: { failed: boolean; error?: unknown } = { failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  componentDidCatch() {
    if (!this.props.current) this.props.queue.drop(this.props.path);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    if (this.props.current) throw this.state.error;
    return null;
  }
}
