/** Scripts the bench runs inside the pages (strings, so that they run as written, untranspiled). */

/**
 * Runs in every page before its own scripts: records LCP candidates, layout shifts and
 * long tasks (which cannot be observed retroactively).
 */
export const initScript = `(() => {
  const b = (window.__bench = { lcp: [], cls: 0, longTasks: [] });
  const describe = (el) => {
    if (!el) return null;
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    return el.tagName.toLowerCase() + cls + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  };
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch (e) {}
  };
  observe('largest-contentful-paint', (e) => b.lcp.push({ t: e.startTime, size: e.size, el: describe(e.element) }));
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.cls += e.value; });
  observe('longtask', (e) => b.longTasks.push([e.startTime, e.duration]));
})();`;

/** Resolves once the given time has passed since the load event. */
export const waitAfterLoad = (delayMs: number) => `(async () => {
  const nav = performance.getEntriesByType('navigation')[0];
  const until = (nav && nav.loadEventEnd ? nav.loadEventEnd : performance.now()) + ${delayMs};
  await new Promise((r) => setTimeout(r, Math.max(0, until - performance.now())));
})()`;

export interface PageMetrics {
  lcp: number | null;
  lcpElement: string | null;
  fcp: number | null;
  cls: number;
  /** Total blocking time: the part beyond 50 ms of each long task between FCP and load + window. */
  tbt: number | null;
  longTasks: number;
}

/** Reads the page's figures; TBT counts long tasks clipped to [FCP, load + windowMs], as Lighthouse does. */
export const readMetrics = (windowMs: number) => `(() => {
  const b = window.__bench || { lcp: [], cls: 0, longTasks: [] };
  const fcpEntry = performance.getEntriesByName('first-contentful-paint')[0];
  const fcp = fcpEntry ? fcpEntry.startTime : null;
  const nav = performance.getEntriesByType('navigation')[0];
  const load = nav && nav.loadEventEnd ? nav.loadEventEnd : null;
  let tbt = null;
  if (fcp !== null && load !== null) {
    tbt = 0;
    for (const [start, duration] of b.longTasks) {
      const clipped = Math.min(start + duration, load + ${windowMs}) - Math.max(start, fcp);
      if (clipped > 50) tbt += clipped - 50;
    }
  }
  const last = b.lcp[b.lcp.length - 1];
  return { lcp: last ? last.t : null, lcpElement: last ? last.el : null, fcp, cls: b.cls, tbt, longTasks: b.longTasks.length };
})()`;

/** The href of the first element matching the selector, or null. */
export const hrefOf = (selector: string) =>
  `(document.querySelector(${JSON.stringify(selector)}) || { getAttribute: () => null }).getAttribute('href')`;

export const scrollIntoView = (selector: string) =>
  `(() => { const a = document.querySelector(${JSON.stringify(selector)}); if (a) a.scrollIntoView({ block: 'center' }); })()`;

/** How the bench follows a link: `element.click()`, or a finger's tap (touch events the bench sends, then the browser's click). */
export type Trigger = 'click' | 'tap';

/**
 * Follows a link and times, from the click, until the new page's h1 (the link's title) is in
 * the DOM, visible and painted (a requestAnimationFrame after the MutationObserver saw it,
 * then a task: the frame has been produced), and until the article's body is in the DOM and
 * painted (no loading placeholder left).
 * - `click`: element.click(), with no pointer movement, hover, touch or focus first; the
 *   clock starts just before it. Resolves with the times.
 * - `tap`: arms the page and returns at once; the bench then touches the link. The clock
 *   starts at the click event's time stamp (the finger lifted), `hold` is the time since
 *   the touch began. The times are then in `window.__quireNavigation` (a promise).
 */
export const followAndTime = (selector: string, trigger: Trigger) => `(() => {
  const link = document.querySelector(${JSON.stringify(selector)});
  if (!link) return { error: 'no link matches ' + ${JSON.stringify(selector)} };
  const clone = link.cloneNode(true);
  clone.querySelectorAll('.post-nav-label').forEach((n) => n.remove());
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const title = norm(clone.textContent);
  const out = { title, href: link.getAttribute('href') };
  const timed = new Promise((resolve) => {
    let t0 = 0;
    let finished = false;
    let timer;
    const finish = () => {
      if (finished) return;
      finished = true;
      mo.disconnect();
      clearTimeout(timer);
      out.path = location.pathname;
      resolve(out);
    };
    const afterPaint = (key) => {
      out[key + 'Dom'] = performance.now() - t0;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          out[key] = performance.now() - t0;
          if (out.h1 !== undefined && out.body !== undefined) finish();
        };
        ch.port2.postMessage(null);
      });
    };
    // Pages rendered ahead of time are in the document, hidden: the new page is the visible h1.
    const visibleH1 = () => [...document.querySelectorAll('h1')].find((h) => norm(h.textContent) === title && h.checkVisibility({ visibilityProperty: true }));
    const check = () => {
      const h1 = visibleH1();
      if (out.h1Dom === undefined && h1) afterPaint('h1');
      if (out.h1Dom !== undefined && out.bodyDom === undefined) {
        const article = h1 && (h1.closest('article') || h1.closest('main'));
        const busy = article && article.querySelector('.loading, [aria-busy="true"]');
        const text = article ? norm(article.textContent).length - title.length : 0;
        if (!busy && text > 200) afterPaint('body');
      }
    };
    const mo = new MutationObserver(check);
    const start = (at) => {
      clearTimeout(timer);
      t0 = at;
      mo.observe(document, { childList: true, subtree: true, characterData: true });
      timer = setTimeout(() => { out.timeout = true; finish(); }, 10000);
      check();
    };
    if (${JSON.stringify(trigger)} === 'click') {
      start(performance.now());
      link.click();
      check();
      return;
    }
    let touched;
    addEventListener('touchstart', (e) => { touched = e.timeStamp; }, { capture: true, once: true });
    addEventListener('click', (e) => {
      if (touched !== undefined) out.hold = e.timeStamp - touched;
      start(e.timeStamp);
    }, { capture: true, once: true });
    timer = setTimeout(() => { out.error = 'the tap gave no click'; finish(); }, 10000);
  });
  if (${JSON.stringify(trigger)} === 'click') return timed;
  window.__quireNavigation = timed;
  return { armed: true };
})()`;
