// The funnel: walkouts → contact captured → reached → appointment or came back → sold, each stage
// with its share of the walkouts and of the stage before.
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardDto } from '../../../shared/contract/dto';
import { CLICK_AREA, categoryTick, countAxis, keepEmptyBar } from './axis';
import { ChartCard, type ChartProps } from './ChartCard';
import type { ChartTable } from './chartTable';
import styles from './Dashboard.module.css';
import { percent, percentText } from './figures';
import { GRID, LABEL, METRIC_COLORS, TICK } from './palette';

type Stage = keyof DashboardDto['funnel'];

const STAGES: { stage: Stage; label: string }[] = [
  { stage: 'walkouts', label: 'Walkouts' },
  { stage: 'withContact', label: 'Contact captured' },
  { stage: 'reached', label: 'Reached' },
  { stage: 'appointmentOrBack', label: 'Appointment / came back' },
  { stage: 'sold', label: 'Sold' },
];

interface Row {
  stage: Stage;
  label: string;
  count: number;
  text: string;
}

export function FunnelChart({ figures, scope, onDrill }: ChartProps) {
  const f = figures.funnel;
  const w = scope.words;
  const rows: Row[] = STAGES.map(({ stage, label }) => ({
    stage,
    label: stage === 'walkouts' ? w.Many : label,
    count: f[stage],
    text:
      stage === 'walkouts'
        ? f.walkouts.toLocaleString('en-US')
        : `${f[stage].toLocaleString('en-US')} · ${Math.round(percent(f[stage], f.walkouts) ?? 0)}%`,
  }));
  const drillFor = (r: Row) => ({ slice: 'funnel' as const, key: r.stage, title: `Funnel: ${r.label}` });
  const table: ChartTable = {
    columns: [
      { label: 'Stage' },
      { label: w.Many, numeric: true },
      { label: `Share of ${w.many}`, numeric: true },
      { label: 'Share of the stage before', numeric: true },
    ],
    rows: rows.map((r, i) => ({
      key: r.stage,
      label: r.label,
      cells: [
        r.label,
        r.count,
        percentText(r.count, f.walkouts),
        i === 0 ? '—' : percentText(r.count, rows[i - 1].count),
      ],
      drill: drillFor(r),
    })),
  };
  return (
    <ChartCard
      id="funnel"
      title="The funnel"
      note={
        w.counting === 'prospect'
          ? 'From walking out to buying: how many people reach each stage (on any of their visits), and their share of all people.'
          : 'From walkout to sale: how many reach each stage, and their share of all walkouts.'
      }
      table={table}
      scope={scope}
      height={300}
      empty={f.walkouts === 0 ? `No ${w.many} in this period.` : null}
      onDrill={onDrill}
    >
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 8, right: 88, bottom: 4, left: 8 }}
        className={styles.clickable}
      >
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis type="number" tick={TICK} {...countAxis(f.walkouts)} />
        <YAxis type="category" dataKey="label" tick={categoryTick()} width={190} interval={0} />
        <Tooltip
          formatter={(_v, _n, item) => {
            const r = item.payload as Row;
            return [`${r.count} (${percentText(r.count, f.walkouts)} of ${w.many})`, r.label];
          }}
          labelFormatter={() => ''}
        />
        <Bar
          dataKey="count"
          name={w.Many}
          fill={METRIC_COLORS.walkouts}
          isAnimationActive={false}
          shape={keepEmptyBar}
          background={CLICK_AREA}
          onClick={(entry) => onDrill(drillFor(entry.payload as Row))}
        >
          <LabelList dataKey="text" position="right" {...LABEL} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
