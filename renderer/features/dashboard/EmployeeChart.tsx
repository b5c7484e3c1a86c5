// Callback conversion by employee, with contact capture and follow-up compliance beside it: the three
// habits a manager coaches, side by side per person.
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { CLICK_AREA, categoryTick, keepEmptyBar } from './axis';
import { ChartCard, type ChartProps } from './ChartCard';
import type { ChartTable } from './chartTable';
import styles from './Dashboard.module.css';
import { percent, percentText } from './figures';
import { GRID, LABEL, METRIC_COLORS, TICK } from './palette';

const SERIES = [
  { key: 'conversion', name: 'Callback conversion', color: METRIC_COLORS.conversion },
  { key: 'capture', name: 'Contact capture', color: METRIC_COLORS.contactCapture },
  { key: 'compliance', name: 'Follow-up compliance', color: METRIC_COLORS.compliance },
] as const;

interface Row {
  employeeId: number;
  name: string;
  conversion: number;
  capture: number;
  compliance: number;
  conversionText: string;
  captureText: string;
  complianceText: string;
}

const whole = (n: number, d: number) => (d === 0 ? '—' : `${Math.round(percent(n, d) ?? 0)}%`);

export function EmployeeChart({ figures, scope, onDrill }: ChartProps) {
  const w = scope.words;
  const people = figures.byEmployee;
  const rows: Row[] = people.map((e) => ({
    employeeId: e.employeeId,
    name: e.name,
    conversion: percent(e.sold, e.walkouts) ?? 0,
    capture: percent(e.withContact, e.walkouts) ?? 0,
    compliance: percent(e.compliant, e.dueForFirstCall) ?? 0,
    conversionText: whole(e.sold, e.walkouts),
    captureText: whole(e.withContact, e.walkouts),
    complianceText: whole(e.compliant, e.dueForFirstCall),
  }));
  const drillFor = (r: { employeeId: number; name: string }) => ({
    slice: 'employee' as const,
    key: r.employeeId,
    title: `${r.name}: walkouts`,
  });
  const table: ChartTable = {
    columns: [
      { label: 'Employee' },
      { label: w.Many, numeric: true },
      { label: 'Sold', numeric: true },
      { label: 'Conversion', numeric: true },
      { label: 'With contact', numeric: true },
      { label: 'Contact capture', numeric: true },
      { label: 'First call ≤ 24 h', numeric: true },
      { label: 'Compliance', numeric: true },
    ],
    rows: people.map((e) => ({
      key: String(e.employeeId),
      label: e.name,
      cells: [
        e.name,
        e.walkouts,
        e.sold,
        percentText(e.sold, e.walkouts),
        e.withContact,
        percentText(e.withContact, e.walkouts),
        e.compliant,
        percentText(e.compliant, e.dueForFirstCall),
      ],
      drill: drillFor(e),
    })),
  };
  return (
    <ChartCard
      id="by-employee"
      title="By employee"
      note={`Callback conversion, contact capture and follow-up compliance (first attempt within 24 h), of ${w.many}.${w.counting === 'prospect' ? ' A person who saw two employees counts with both.' : ''}`}
      table={table}
      scope={scope}
      height={Math.max(180, rows.length * 78 + 40)}
      legend={SERIES.map((s) => ({ name: s.name, color: s.color }))}
      empty={rows.length === 0 ? `No ${w.many} in this period.` : null}
      onDrill={onDrill}
    >
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
        barCategoryGap="18%"
        barGap={2}
        className={styles.clickable}
      >
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis type="number" domain={[0, 100]} tick={TICK} tickFormatter={(v: number) => `${v}%`} />
        <YAxis type="category" dataKey="name" tick={categoryTick()} width={132} interval={0} />
        <Tooltip formatter={(value, name) => [`${value}%`, name]} />
        {SERIES.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            isAnimationActive={false}
            shape={keepEmptyBar}
            background={CLICK_AREA}
            onClick={(entry) => onDrill(drillFor(entry.payload as Row))}
          >
            <LabelList dataKey={`${s.key}Text`} position="right" {...LABEL} />
          </Bar>
        ))}
      </BarChart>
    </ChartCard>
  );
}
