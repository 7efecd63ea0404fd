/**
 * A service worker is a target of its own: the network conditions set on a page do not
 * reach the worker's fetches, and the page's network events do not show them. Without
 * this, a request the worker forwards would cross an unthrottled network and never be
 * counted. This attaches to every service worker the browser starts, gives it the
 * network of the visit being measured (CPU throttling is refused for workers) and reports
 * its requests to that visit's network log. The worker's own script is fetched before
 * its conditions hold, unthrottled (it is counted).
 */
import type { Browser, CDPSession } from '@playwright/test';
import { phoneNetwork, type Profile } from './profiles.ts';

/** What the watcher tells the visit being measured, keyed by the worker's request id. */
export interface WorkerRequestSink {
  started(key: string, url: string): void;
  /** The request went to the network and came back with this many bytes over the wire. */
  finished(key: string, bytes: number): void;
  /** Answered by the browser's HTTP cache: no network. */
  fromCache(key: string): void;
  failed(key: string, error: string): void;
}

export interface ServiceWorkerWatch {
  /** The visit that starts next: its profile and its network log. */
  measure(profile: Profile, sink: WorkerRequestSink): Promise<void>;
  close(): Promise<void>;
}

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  error?: { message: string };
}

/**
 * Sessions are attached without flattening: Playwright's browser session cannot address
 * a flattened child session, so commands travel in `Target.sendMessageToTarget`.
 */
export async function watchServiceWorkers(browser: Browser): Promise<ServiceWorkerWatch> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const sessions = new Set<string>();
  let profile: Profile | undefined;
  let sink: WorkerRequestSink | undefined;
  let nextId = 0;

  const send = (sessionId: string, method: string, params: object = {}) =>
    cdp
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++nextId, method, params }) })
      .catch(() => undefined);

  const emulate = async (sessionId: string) => {
    await send(sessionId, 'Network.enable');
    await send(
      sessionId,
      'Network.emulateNetworkConditions',
      profile?.throttle ? phoneNetwork : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
    );
  };

  /** The Content-Length of each worker's own script under way, by request. */
  const scriptLengths = new Map<string, number>();
  /** Each worker's script, until its request is seen: it may have been fetched before the session was attached. */
  const scripts = new Map<string, string>();
  cdp.on('Target.targetCreated', ({ targetInfo }) => {
    if (targetInfo.type !== 'service_worker') return;
    void cdp
      .send('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: false })
      .then(({ sessionId }) => {
        sessions.add(sessionId);
        scripts.set(sessionId, targetInfo.url);
        return emulate(sessionId);
      })
      .catch(() => undefined);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => void sessions.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const m = JSON.parse(message) as CdpMessage;
    if (m.method === 'Inspector.workerScriptLoaded') {
      // Conditions set before the worker's script has loaded do not hold: set them again.
      void emulate(sessionId);
      const script = scripts.get(sessionId);
      scripts.delete(sessionId);
      // Fetched before the session was attached: one request, its size asked of the server.
      if (script && sink) {
        const to = sink;
        to.started(`${sessionId}:script`, script);
        void fetch(script, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } })
          .then((r) => Number(r.headers.get('content-length') ?? 0))
          .catch(() => 0)
          .then((bytes) => to.finished(`${sessionId}:script`, bytes));
      }
    }
    if (!m.method || !sink) return;
    const p = m.params as {
      requestId: string;
      request?: { url: string };
      response?: { fromDiskCache?: boolean; fromPrefetchCache?: boolean; headers?: Record<string, string> };
      encodedDataLength?: number;
      errorText?: string;
    };
    const key = `${sessionId}:${p.requestId}`;
    if (m.method === 'Network.requestWillBeSent') {
      if (p.request!.url === scripts.get(sessionId)) {
        scripts.delete(sessionId);
        scriptLengths.set(key, 0);
      }
      sink.started(key, p.request!.url);
    } else if (m.method === 'Network.requestServedFromCache') sink.fromCache(key);
    else if (m.method === 'Network.responseReceived') {
      if (p.response?.fromDiskCache || p.response?.fromPrefetchCache) sink.fromCache(key);
      if (scriptLengths.has(key)) scriptLengths.set(key, Number(p.response?.headers?.['content-length'] ?? 0));
    } else if (m.method === 'Network.loadingFinished') {
      // The worker's own script reports its headers only: its Content-Length is the rest.
      sink.finished(key, Math.max(p.encodedDataLength ?? 0, scriptLengths.get(key) ?? 0));
      scriptLengths.delete(key);
    } else if (m.method === 'Network.loadingFailed' && p.errorText === 'net::ERR_CACHE_MISS') {
      // A fetch from the HTTP cache only (`only-if-cached`) that found nothing: no request left.
      sink.fromCache(key);
      sink.finished(key, 0);
    } else if (m.method === 'Network.loadingFailed') sink.failed(key, p.errorText ?? 'failed');
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });

  return {
    async measure(next, nextSink) {
      profile = next;
      sink = nextSink;
      await Promise.all([...sessions].map(emulate));
    },
    close: () => cdp.detach(),
  };
}
