// One dashboard chart in its card: title, chart or table view, CSV and PNG export, and the "List"
// buttons that open the walkouts behind each row from the keyboard.
import { type ReactElement, type ReactNode, useRef, useState } from 'react';
import { ResponsiveContainer } from 'recharts';
import type { DashboardDto } from '../../../shared/contract/dto';
import type { Period } from '../../../shared/domain/period';
import { Banner } from '../../ui/Banner';
import { downloadCsv } from '../../ui/download';
import { saveChartPng } from './chartExport';
import { type ChartTable, type DrillTarget, type LegendItem, tableCsvRows } from './chartTable';
import type { CountWords } from './counting';
import { exportFileName, toCsv } from './csv';
import styles from './Dashboard.module.css';

/** The period and filters the figures are for: file names, and the line under a saved picture. */
export interface ChartScope {
  period: Period;
  timeZone: string;
  /** "1 Nov 2026 – 30 Nov 2026 · Priya Shah · Truck" */
  text: string;
  /** What the figures count, in words: walkouts or people. */
  words: CountWords;
}

/** What each chart component receives from the screen. */
export interface ChartProps {
  figures: DashboardDto;
  scope: ChartScope;
  onDrill: (target: DrillTarget) => void;
}

interface Props {
  id: string;
  title: string;
  note?: string;
  table: ChartTable;
  scope: ChartScope;
  /** Chart height in px; the card grows with it. */
  height: number;
  legend?: LegendItem[];
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
  /** Extra controls beside the view toggle (the trend's week/month switch). */
  tools?: ReactNode;
  wide?: boolean;
  onDrill: (target: DrillTarget) => void;
  /** A recharts chart element; it fills the card's chart area. */
  children: ReactElement;
}

export function ChartCard(p: Props) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [problem, setProblem] = useState<string | null>(null);
  const area = useRef<HTMLDivElement>(null);
  const headingId = `chart-${p.id}-title`;
  // A table of many columns takes the whole row rather than scrolling inside half of it.
  const wide = p.wide || (view === 'table' && p.table.columns.length > 5);

  const exportCsv = () =>
    downloadCsv(
      toCsv(tableCsvRows(p.table)),
      exportFileName(
        p.scope.words.counting === 'prospect' ? `${p.id}-people` : p.id,
        p.scope.period,
        p.scope.timeZone,
        'csv',
      ),
    );
  const savePng = () => {
    setProblem(null);
    const svg = area.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return setProblem('There is no chart to save.');
    const heading = { title: p.title, subtitle: p.scope.text, legend: p.legend ?? [] };
    saveChartPng(
      svg,
      heading,
      exportFileName(
        p.scope.words.counting === 'prospect' ? `${p.id}-people` : p.id,
        p.scope.period,
        p.scope.timeZone,
        'png',
      ),
    ).catch((e: unknown) => setProblem(e instanceof Error ? e.message : 'The picture could not be saved.'));
  };

  return (
    <section
      className={`card ${styles.chartCard}${wide ? ` ${styles.wide}` : ''}`}
      aria-labelledby={headingId}
    >
      <header className={styles.chartHead}>
        <div>
          <h2 id={headingId}>{p.title}</h2>
          {p.note && <p className={styles.chartNote}>{p.note}</p>}
        </div>
        <div className={styles.chartTools}>
          {p.tools}
          <fieldset className={styles.segmented}>
            <legend className="sr-only">{p.title}: show as</legend>
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              Chart
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              Table
            </button>
          </fieldset>
          <button type="button" onClick={exportCsv}>
            Export CSV
          </button>
          <button
            type="button"
            onClick={savePng}
            disabled={view === 'table' || Boolean(p.empty)}
            title={view === 'table' ? 'Switch to the chart to save it as a picture' : undefined}
          >
            Save PNG
          </button>
        </div>
      </header>
      {problem && <Banner tone="error">{problem}</Banner>}
      {view === 'chart' ? (
        <>
          {p.legend && !p.empty && <Legend items={p.legend} />}
          <div className={styles.chartArea} ref={area} style={{ height: p.empty ? undefined : p.height }}>
            {p.empty ? (
              <p className={`muted ${styles.chartEmpty}`}>{p.empty}</p>
            ) : (
              <ResponsiveContainer width="100%" height="100%">
                {p.children}
              </ResponsiveContainer>
            )}
          </div>
        </>
      ) : (
        <TableView table={p.table} title={p.title} onDrill={p.onDrill} />
      )}
    </section>
  );
}

function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className={styles.chartLegend}>
      {items.map((i) => (
        <li key={i.name}>
          <span className={styles.swatch} style={{ background: i.color }} aria-hidden="true" />
          {i.name}
        </li>
      ))}
    </ul>
  );
}

function TableView({
  table,
  title,
  onDrill,
}: {
  table: ChartTable;
  title: string;
  onDrill: Props['onDrill'];
}) {
  const listable = table.rows.some((r) => r.drill);
  const cell = (v: string | number) => (typeof v === 'number' ? v.toLocaleString('en-US') : v);
  return (
    <div className={styles.chartTableWrap}>
      <table className={`table compact ${styles.chartTable}`}>
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? styles.num : undefined}>
                {c.label}
              </th>
            ))}
            {listable && (
              <th scope="col">
                <span className="sr-only">List</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((v, i) =>
                i === 0 ? (
                  <th key={table.columns[i].label} scope="row">
                    {cell(v)}
                  </th>
                ) : (
                  <td
                    key={table.columns[i].label}
                    className={table.columns[i].numeric ? styles.num : undefined}
                  >
                    {cell(v)}
                  </td>
                ),
              )}
              {listable && (
                <td>
                  {r.drill && (
                    <button
                      type="button"
                      className="link"
                      aria-label={`List walkouts: ${r.label}`}
                      onClick={() => r.drill && onDrill(r.drill)}
                    >
                      List
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
