/** A fixed set of build workers, one per core, each answering one request at a time. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse } from './prerender-worker.ts';

export class WorkerPool {
  private readonly workers: Worker[];

  constructor(script: string, size = Math.max(1, Math.min(availableParallelism(), 8))) {
    this.workers = Array.from(
      { length: size },
      () =>
        new Worker(script, {
          // React picks its build from NODE_ENV when first loaded: the development one renders far slower.
          env: { ...process.env, NODE_ENV: 'production' },
          // Parsing allocates a great deal that dies young: a larger young generation spends less
          // time collecting it (docs/decisions/0007-build-workers.md).
          resourceLimits: { maxOldGenerationSizeMb: 8192, maxYoungGenerationSizeMb: 192 },
        }),
    );
  }

  get size(): number {
    return this.workers.length;
  }

  request<T extends WorkerResponse>(index: number, message: WorkerRequest): Promise<T> {
    const worker = this.workers[index]!;
    return new Promise((resolve, reject) => {
      const onMessage = (response: WorkerResponse) => {
        worker.off('error', onError);
        if ('error' in response) reject(new Error(response.error));
        else resolve(response as T);
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(message);
    });
  }

  /** Sends every worker the same message. */
  broadcast<T extends WorkerResponse>(message: WorkerRequest): Promise<T[]> {
    return Promise.all(this.workers.map((_, i) => this.request<T>(i, message)));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
