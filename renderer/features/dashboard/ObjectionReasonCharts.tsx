// Callback conversion by the objection the rep recorded, and by the reason to call back a follow-up
// used (sold after the reason was used ÷ walkouts it was used on).
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { OBJECTION_LABELS } from '../../../shared/domain/vocab';
import { CLICK_AREA, categoryTick, keepEmptyBar, percentAxis, percentTick } from './axis';
import { ChartCard, type ChartProps } from './ChartCard';
import type { ChartTable, DrillTarget } from './chartTable';
import styles from './Dashboard.module.css';
import { percent, percentText, shorten } from './figures';
import { GRID, LABEL, METRIC_COLORS, TICK } from './palette';

interface Row {
  key: string | number;
  label: string;
  axis: string;
  walkouts: number;
  sold: number;
  conversion: number;
  text: string;
  drill: DrillTarget;
}

function rowOf(key: string | number, label: string, walkouts: number, sold: number, drill: DrillTarget): Row {
  const p = percent(sold, walkouts);
  return {
    key,
    label,
    axis: shorten(label, 52),
    walkouts,
    sold,
    conversion: p ?? 0,
    text: p === null ? '' : `${Math.round(p)}% · ${sold} of ${walkouts}`,
    drill,
  };
}

function tableOf(first: string, rows: Row[], walkoutsLabel: string): ChartTable {
  return {
    columns: [
      { label: first },
      { label: walkoutsLabel, numeric: true },
      { label: 'Sold', numeric: true },
      { label: 'Conversion', numeric: true },
    ],
    rows: rows.map((r) => ({
      key: String(r.key),
      label: r.label,
      cells: [r.label, r.walkouts, r.sold, percentText(r.sold, r.walkouts)],
      drill: r.drill,
    })),
  };
}

function ConversionBars({
  rows,
  axisWidth,
  onDrill,
}: { rows: Row[]; axisWidth: number } & Pick<ChartProps, 'onDrill'>) {
  return (
    <BarChart
      data={rows}
      layout="vertical"
      margin={{ top: 4, right: 112, bottom: 4, left: 8 }}
      className={styles.clickable}
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        tick={TICK}
        tickFormatter={percentTick}
        {...percentAxis(Math.max(0, ...rows.map((r) => r.conversion)))}
      />
      <YAxis
        type="category"
        dataKey="axis"
        tick={categoryTick(new Map(rows.map((r) => [r.axis, r.label])))}
        width={axisWidth}
        interval={0}
      />
      <Tooltip
        formatter={(_v, _n, item) => {
          const r = item.payload as Row;
          return [`${percentText(r.sold, r.walkouts)} (${r.sold} of ${r.walkouts} sold)`, 'Conversion'];
        }}
        labelFormatter={(_, payload) => (payload?.[0]?.payload as Row | undefined)?.label ?? ''}
      />
      <Bar
        dataKey="conversion"
        name="Conversion"
        fill={METRIC_COLORS.conversion}
        isAnimationActive={false}
        shape={keepEmptyBar}
        background={CLICK_AREA}
        onClick={(entry) => onDrill((entry.payload as Row).drill)}
      >
        <LabelList dataKey="text" position="right" {...LABEL} />
      </Bar>
    </BarChart>
  );
}

export function ObjectionChart({ figures, scope, onDrill }: ChartProps) {
  const w = scope.words;
  const rows = [...figures.byObjection]
    .sort((a, b) => b.walkouts - a.walkouts)
    .map((o) =>
      rowOf(o.objection, OBJECTION_LABELS[o.objection], o.walkouts, o.sold, {
        slice: 'objection',
        key: o.objection,
        title: `Objection: ${OBJECTION_LABELS[o.objection]}`,
      }),
    );
  return (
    <ChartCard
      id="by-objection"
      title="By objection"
      note={`Share of ${w.many} sold, by the objection the rep recorded at the visit.${w.counting === 'prospect' ? ' A person with visits under two objections counts in both bars.' : ''}`}
      table={tableOf('Objection', rows, w.Many)}
      scope={scope}
      height={Math.max(160, rows.length * 40 + 40)}
      empty={rows.length === 0 ? `No ${w.many} in this period.` : null}
      onDrill={onDrill}
    >
      <ConversionBars rows={rows} axisWidth={160} onDrill={onDrill} />
    </ChartCard>
  );
}

export function ReasonChart({ figures, scope, onDrill }: ChartProps) {
  const w = scope.words;
  const rows = figures.byReason.map((r) =>
    rowOf(r.reasonId, r.text, r.walkouts, r.sold, {
      slice: 'reason',
      key: r.reasonId,
      title: `Reason used: ${shorten(r.text, 60)}`,
    }),
  );
  return (
    <ChartCard
      id="by-reason"
      title="By reason used"
      note={`${w.Many} a follow-up used the reason on, and the share sold after it was used.${w.counting === 'prospect' ? ' A person called with two reasons counts in both bars.' : ''}`}
      table={tableOf('Reason', rows, `${w.Many} it was used on`)}
      scope={scope}
      height={Math.max(160, rows.length * 36 + 40)}
      wide
      empty={rows.length === 0 ? 'No follow-up used a reason in this period.' : null}
      onDrill={onDrill}
    >
      <ConversionBars rows={rows} axisWidth={400} onDrill={onDrill} />
    </ChartCard>
  );
}
