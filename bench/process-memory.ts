/** Resident memory of a process and all its descendants, from /proc (Linux only). */
import { readdirSync, readFileSync } from 'node:fs';

const pageSize = 4096;

export function treeRssBytes(rootPid: number): number | undefined {
  if (process.platform !== 'linux') return undefined;
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * pageSize);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    let p: number | undefined = pid;
    for (let depth = 0; p && depth < 20; depth++) {
      if (p === rootPid) {
        total += bytes;
        break;
      }
      p = parent.get(p);
    }
  }
  return total;
}

/** Samples a process tree's memory every 200 ms; stop() returns the peak seen. */
export function sampleTreeMemory(pid: number | undefined): { stop(): number | undefined } {
  let peak = 0;
  const timer = setInterval(() => {
    const bytes = pid ? treeRssBytes(pid) : undefined;
    if (bytes !== undefined) peak = Math.max(peak, bytes);
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return peak || undefined;
    },
  };
}
