// Timing helpers for the benchmark: medians of repeated runs after a warm-up, forced garbage
// collection (so heap figures are what stays alive) and heap size in MB.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Heap in use after a full garbage collection, in MB. */
export function heapMB(): number {
  collect();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed with performance.now. */
export function time<T>(fn: () => T, runs: number, warmup = 1): Timing & { last: T } {
  let last: T | undefined;
  for (let i = 0; i < warmup; i++) last = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = fn();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs, last: last as T };
}
