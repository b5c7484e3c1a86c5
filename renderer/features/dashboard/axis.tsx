// Axis and bar helpers shared by the charts: even percent ticks, one-line category labels, and bars
// that keep their label (and their column's click) when their value is 0.
import { type BarShapeProps, Rectangle } from 'recharts';
import { INK } from './palette';

/** A percent axis from 0 to a round top just above the largest value, with 4–6 even ticks. */
export function percentAxis(max: number): { domain: [number, number]; ticks: number[] } {
  const top = [10, 20, 25, 40, 50, 60, 80, 100].find((t) => t >= max * 1.1) ?? 100;
  const step = top <= 25 ? 5 : top <= 50 ? 10 : 20;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { domain: [0, top], ticks };
}

/** A count axis from 0 with a round step (1, 2, 5, 10, 20, 25, 50…) giving at most 6 ticks. */
export function countAxis(max: number): { domain: [number, number]; ticks: number[] } {
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000];
  const step = steps.find((s) => Math.ceil(max / s) <= 5) ?? Math.ceil(max / 5);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { domain: [0, top], ticks };
}

export const percentTick = (v: number) => `${v}%`;

/**
 * recharts drops bars of size 0 (and their labels) unless the bar has its own shape; this shape is
 * the default rectangle, so "0% · 0 of 3" is still written beside an empty bar.
 */
export function keepEmptyBar(props: BarShapeProps) {
  return <Rectangle {...props} />;
}

/**
 * An invisible full-length track behind each bar: clicking anywhere in a bar's row or column lists
 * its walkouts, even when the bar itself is 0 and has no area.
 */
export const CLICK_AREA = { fill: 'transparent' };

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/**
 * A category label on one line, right-aligned against a vertical axis (recharts would wrap it);
 * `titles` gives the whole text as a hover title where the label was shortened.
 */
export function categoryTick(titles?: ReadonlyMap<string, string>) {
  return function CategoryTick({ x, y, payload }: TickProps) {
    const text = String(payload?.value ?? '');
    const title = titles?.get(text);
    return (
      <text x={Number(x) - 6} y={Number(y)} dy={4} textAnchor="end" fontSize={13} fill={INK}>
        {title && title !== text && <title>{title}</title>}
        {text}
      </text>
    );
  };
}
