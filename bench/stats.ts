// Timing helpers for the benchmarks: repeated runs, percentiles, one printed line per figure.
import { performance } from 'node:perf_hooks';
import type { createServices } from '../electron/services';

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

/** "  ok (≤ 3000 ms)" or "  OVER 3000 ms" after a figure with a target; nothing without one. */
export function verdict(ms: number, targetMs?: number): string {
  if (targetMs === undefined) return '';
  return ms <= targetMs ? `  ok (≤ ${targetMs} ms)` : `  OVER ${targetMs} ms`;
}

export function report(label: string, t: Timing, targetMs?: number): void {
  console.log(
    `${label.padEnd(48)} p50 ${t.p50.toFixed(2).padStart(9)} ms   p95 ${t.p95.toFixed(2).padStart(9)} ms   (${t.runs} runs)${verdict(t.p95, targetMs)}`,
  );
}

export function once(label: string, ms: number, targetMs?: number): void {
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(9)} ms${verdict(ms, targetMs)}`);
}

type Router = ReturnType<typeof createServices>['router'];

/** A call the benchmark needs to succeed: its value, or the run stops with the channel's message. */
export async function mustCall(router: Router, session: string, channel: string, input: unknown) {
  const r = await router.call(session, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}
