/** The machine the figures come from. */
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
}

const loadAverage = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

/** Call at the start; the returned function completes the record at the end. */
export function describeMachine(): (chromium: string) => Machine {
  const atStart = loadAverage();
  return (chromium) => {
    const cpus = os.cpus();
    return {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      os: `${os.type()} ${os.release()} (${os.arch()})`,
      node: process.version,
      chromium,
      loadAverageAtStart: atStart,
      loadAverageAtEnd: loadAverage(),
    };
  };
}
