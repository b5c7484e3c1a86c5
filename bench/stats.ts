// Timing helpers for the benchmarks: repeated runs, percentiles, one printed line per figure.
import { performance } from 'node:perf_hooks';

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

export async function time(runs: number, fn: (i: number) => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50: at(0.5), p95: at(0.95), runs };
}

export function report(label: string, t: Timing, targetMs?: number): void {
  const verdict =
    targetMs === undefined ? '' : t.p95 <= targetMs ? `  ok (≤ ${targetMs} ms)` : `  OVER ${targetMs} ms`;
  console.log(
    `${label.padEnd(48)} p50 ${t.p50.toFixed(2).padStart(9)} ms   p95 ${t.p95.toFixed(2).padStart(9)} ms   (${t.runs} runs)${verdict}`,
  );
}

export function once(label: string, ms: number, targetMs?: number): void {
  const verdict =
    targetMs === undefined ? '' : ms <= targetMs ? `  ok (≤ ${targetMs} ms)` : `  OVER ${targetMs} ms`;
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(9)} ms${verdict}`);
}
