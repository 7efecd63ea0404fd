/** Medians, units and the bench's progress log. */
const started = performance.now();

export const elapsedS = () => (performance.now() - started) / 1000;

export const log = (line: string) => console.log(`[bench ${elapsedS().toFixed(0).padStart(4)} s] ${line}`);

export const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

/** Median of the finite values; undefined when there are none. */
export function median(values: (number | null | undefined)[]): number | undefined {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1]! + v[mid]!) / 2;
}

export const ms = (v: number | undefined) => (v === undefined ? '—' : `${Math.round(v)} ms`);
export const kb = (v: number | undefined) => (v === undefined ? '—' : `${(v / 1024).toFixed(1)} KB`);
export const sec = (v: number | undefined) => (v === undefined ? '—' : `${v.toFixed(1)} s`);
export const mb = (v: number | undefined) => (v === undefined ? '—' : `${Math.round(v / 2 ** 20)} MB`);
export const times = (v: number | undefined) => (v === undefined ? '—' : `${v.toFixed(2)}×`);
export const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? undefined : a / b);
