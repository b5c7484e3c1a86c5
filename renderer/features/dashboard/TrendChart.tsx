// Callback conversion by week or month, stacked by who closed the sale (rep, manager save, partner):
// each segment is that closer's sales as a share of the bucket's walkouts, so the stack is the total.
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { CLOSERS, type Closer } from '../../../shared/domain/vocab';
import { keepEmptyBar, percentAxis, percentTick } from './axis';
import { ChartCard, type ChartProps } from './ChartCard';
import type { ChartTable } from './chartTable';
import styles from './Dashboard.module.css';
import { bucketLabel, bucketName, type Granularity, percent, percentText } from './figures';
import { CLOSER_COLORS, CLOSER_NAMES, GRID, LABEL, SURFACE, TICK } from './palette';

interface Props extends ChartProps {
  granularity: Granularity;
  onGranularity: (g: Granularity) => void;
}

interface Bucket {
  start: number;
  end: number;
  label: string;
  name: string;
  walkouts: number;
  sold: number;
  conversion: number;
  total: string;
  counts: Record<Closer, number>;
  rep: number;
  manager_save: number;
  partner: number;
}

export function TrendChart({ figures, scope, granularity, onGranularity, onDrill }: Props) {
  const { timeZone, words: w } = scope;
  const buckets: Bucket[] = figures.trend.map((b, i) => {
    const sold = b.rep + b.manager_save + b.partner;
    return {
      start: b.start,
      end: figures.trend[i + 1]?.start ?? scope.period.to,
      label: bucketLabel(b.start, granularity, timeZone),
      name: bucketName(b.start, granularity, timeZone),
      walkouts: b.walkouts,
      sold,
      conversion: percent(sold, b.walkouts) ?? 0,
      total: b.walkouts === 0 ? '' : `${Math.round(percent(sold, b.walkouts) ?? 0)}%`,
      counts: { rep: b.rep, manager_save: b.manager_save, partner: b.partner },
      rep: percent(b.rep, b.walkouts) ?? 0,
      manager_save: percent(b.manager_save, b.walkouts) ?? 0,
      partner: percent(b.partner, b.walkouts) ?? 0,
    };
  });
  // Totals above the bars while they fit; past that the tooltip and the table give them.
  const labelled = buckets.length <= 18;
  const axis = percentAxis(Math.max(0, ...buckets.map((b) => b.conversion)));
  const drillFor = (b: Bucket, closer?: Closer) => ({
    slice: 'trend' as const,
    key: b.start,
    keyTo: b.end,
    ...(closer ? { closer } : {}),
    title: closer ? `${CLOSER_NAMES[closer]} sales, ${b.name}` : `${w.Many}, ${b.name}`,
  });
  const table: ChartTable = {
    columns: [
      { label: granularity === 'week' ? 'Week starting' : 'Month' },
      { label: w.Many, numeric: true },
      ...CLOSERS.map((c) => ({ label: `Sold: ${CLOSER_NAMES[c]}`, numeric: true })),
      { label: 'Sold', numeric: true },
      { label: 'Conversion', numeric: true },
    ],
    rows: buckets.map((b) => ({
      key: String(b.start),
      label: b.name,
      cells: [
        b.name,
        b.walkouts,
        ...CLOSERS.map((c) => b.counts[c]),
        b.sold,
        percentText(b.sold, b.walkouts),
      ],
      drill: drillFor(b),
    })),
  };
  const toggle = (
    <fieldset className={styles.segmented}>
      <legend className="sr-only">Trend by</legend>
      {(['week', 'month'] as const).map((g) => (
        <button key={g} type="button" aria-pressed={granularity === g} onClick={() => onGranularity(g)}>
          By {g}
        </button>
      ))}
    </fieldset>
  );
  return (
    <ChartCard
      id="trend"
      title="Conversion trend"
      note={`Share of each period's ${w.many} later sold, stacked by who closed the sale.${w.counting === 'prospect' ? ' A person with visits in two periods counts in both.' : ''}`}
      table={table}
      scope={scope}
      height={300}
      wide
      tools={toggle}
      legend={CLOSERS.map((c) => ({ name: CLOSER_NAMES[c], color: CLOSER_COLORS[c] }))}
      empty={buckets.every((b) => b.walkouts === 0) ? `No ${w.many} in this period.` : null}
      onDrill={onDrill}
    >
      <BarChart data={buckets} margin={{ top: 24, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="label" tick={TICK} interval="preserveStartEnd" minTickGap={8} />
        <YAxis tick={TICK} tickFormatter={percentTick} width={48} {...axis} />
        <Tooltip
          formatter={(value, name, item) => {
            const b = item.payload as Bucket;
            const closer = CLOSERS.find((c) => CLOSER_NAMES[c] === name) ?? 'rep';
            return [`${value}% (${b.counts[closer]} of ${b.walkouts})`, name];
          }}
          labelFormatter={(_, payload) => (payload?.[0]?.payload as Bucket | undefined)?.name ?? ''}
        />
        {CLOSERS.map((c, i) => (
          <Bar
            key={c}
            dataKey={c}
            name={CLOSER_NAMES[c]}
            stackId="sold"
            fill={CLOSER_COLORS[c]}
            stroke={SURFACE}
            strokeWidth={1}
            isAnimationActive={false}
            shape={keepEmptyBar}
            className={styles.clickable}
            onClick={(entry) => onDrill(drillFor(entry.payload as Bucket, c))}
          >
            {i === CLOSERS.length - 1 && labelled && <LabelList dataKey="total" position="top" {...LABEL} />}
          </Bar>
        ))}
      </BarChart>
    </ChartCard>
  );
}
