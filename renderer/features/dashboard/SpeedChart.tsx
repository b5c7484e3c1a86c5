// Speed to first contact: for each bucket (same day … never), how many walkouts with a phone or email and
// what share sold; walkouts that left neither are counted apart. The chart that shows why calling the same
// day matters.
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { SPEED_BUCKETS, type SpeedBucket } from '../../../shared/contract/dto';
import { CLICK_AREA, keepEmptyBar, percentAxis, percentTick } from './axis';
import { ChartCard, type ChartProps } from './ChartCard';
import type { ChartTable } from './chartTable';
import styles from './Dashboard.module.css';
import { percent, percentText } from './figures';
import { GRID, INK, LABEL, METRIC_COLORS, MUTED, TICK } from './palette';

export const SPEED_LABELS: Record<SpeedBucket, string> = {
  same_day: 'Same day',
  lt_24h: '< 24 h',
  d1_3: '1–3 days',
  d3_7: '3–7 days',
  gt_7d: '> 7 days',
  not_yet_due: 'Not yet due',
  never: 'Never',
};

const NO_CONTACT_LABEL = 'No contact details';

interface Row {
  bucket: SpeedBucket;
  label: string;
  walkouts: number;
  sold: number;
  conversion: number;
  text: string;
}

export function SpeedChart({ figures, scope, onDrill }: ChartProps) {
  const w = scope.words;
  const total = figures.speed.reduce((n, s) => n + s.walkouts, 0);
  const rows: Row[] = SPEED_BUCKETS.map((bucket) => {
    const s = figures.speed.find((x) => x.bucket === bucket) ?? { walkouts: 0, sold: 0 };
    return {
      bucket,
      label: SPEED_LABELS[bucket],
      walkouts: s.walkouts,
      sold: s.sold,
      conversion: percent(s.sold, s.walkouts) ?? 0,
      text: s.walkouts === 0 ? '' : `${Math.round(percent(s.sold, s.walkouts) ?? 0)}%`,
    };
  });
  const drillFor = (r: Pick<Row, 'bucket' | 'label'> | typeof noContact) => ({
    slice: 'speed' as const,
    key: r.bucket,
    title:
      r.bucket === 'no_contact'
        ? `${w.Many} who left no phone or email`
        : `First contact: ${r.label.toLowerCase()}`,
  });
  const noContact = { bucket: 'no_contact' as const, label: NO_CONTACT_LABEL, ...figures.noContactDetails };
  const byLabel = new Map(rows.map((r) => [r.label, r]));
  const table: ChartTable = {
    columns: [
      { label: 'First contact' },
      { label: w.Many, numeric: true },
      { label: `Share of ${w.many}`, numeric: true },
      { label: 'Sold', numeric: true },
      { label: 'Conversion', numeric: true },
    ],
    rows: rows.map((r) => ({
      key: r.bucket,
      label: r.label,
      cells: [r.label, r.walkouts, percentText(r.walkouts, total), r.sold, percentText(r.sold, r.walkouts)],
      drill: drillFor(r),
    })),
  };
  // Apart from the buckets: not a share of them, so no share column.
  table.rows.push({
    key: noContact.bucket,
    label: noContact.label,
    cells: [
      `${noContact.label} (apart)`,
      noContact.walkouts,
      '',
      noContact.sold,
      percentText(noContact.sold, noContact.walkouts),
    ],
    drill: drillFor(noContact),
  });
  const apart =
    noContact.walkouts === 0
      ? `Every ${w.counting === 'prospect' ? 'person' : 'walkout'} left a phone or email.`
      : `${w.count(noContact.walkouts)} left no phone or email and ${noContact.walkouts === 1 ? 'is' : 'are'} counted apart.`;
  return (
    <ChartCard
      id="speed-to-first-contact"
      title="Speed to first contact"
      note={`Share of ${w.many} sold, by how soon after the visit the first follow-up was done. ${apart}${w.counting === 'prospect' ? ' A person with visits in two buckets counts in both.' : ''}`}
      table={table}
      scope={scope}
      height={300}
      empty={total === 0 ? (noContact.walkouts > 0 ? apart : `No ${w.many} in this period.`) : null}
      onDrill={onDrill}
    >
      <BarChart data={rows} margin={{ top: 24, right: 16, bottom: 8, left: 0 }} className={styles.clickable}>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis
          dataKey="label"
          interval={0}
          height={46}
          tick={({ x, y, payload }) => {
            const r = byLabel.get(String(payload.value));
            return (
              <g transform={`translate(${x},${y})`}>
                <text textAnchor="middle" dy={14} fontSize={12} fill={INK} fontWeight={600}>
                  {payload.value}
                </text>
                <text textAnchor="middle" dy={32} fontSize={12} fill={MUTED}>
                  {r ? w.count(r.walkouts) : ''}
                </text>
              </g>
            );
          }}
        />
        <YAxis
          tick={TICK}
          tickFormatter={percentTick}
          width={48}
          {...percentAxis(Math.max(0, ...rows.map((r) => r.conversion)))}
        />
        <Tooltip
          formatter={(_value, _name, item) => {
            const r = item.payload as Row;
            return [`${percentText(r.sold, r.walkouts)} (${r.sold} of ${r.walkouts} sold)`, 'Conversion'];
          }}
        />
        <Bar
          dataKey="conversion"
          name="Conversion"
          fill={METRIC_COLORS.conversion}
          isAnimationActive={false}
          shape={keepEmptyBar}
          background={CLICK_AREA}
          onClick={(entry) => onDrill(drillFor(entry.payload as Row))}
        >
          <LabelList dataKey="text" position="top" {...LABEL} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
