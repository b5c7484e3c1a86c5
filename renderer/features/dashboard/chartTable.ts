// What every chart card shares: its numbers as a table (shown, exported as CSV) and the walkouts
// behind a bar or a table row (the drill-down).
import type { DashboardWalkoutsInput } from '../../../shared/contract/schemas';
import type { CsvCell } from './csv';

/** The bar or row clicked: which walkouts to list, and the drill-down's heading. */
export interface DrillTarget {
  title: string;
  slice: DashboardWalkoutsInput['slice'];
  key?: DashboardWalkoutsInput['key'];
  keyTo?: number;
  closer?: DashboardWalkoutsInput['closer'];
}

export interface TableRow {
  key: string;
  /** Names the row for the "List" button's accessible name. */
  label: string;
  cells: (string | number)[];
  drill?: DrillTarget;
}

export interface ChartTable {
  columns: { label: string; numeric?: boolean }[];
  rows: TableRow[];
}

export interface LegendItem {
  name: string;
  color: string;
}

export function tableCsvRows(table: ChartTable): CsvCell[][] {
  return [table.columns.map((c) => c.label), ...table.rows.map((r) => r.cells)];
}
