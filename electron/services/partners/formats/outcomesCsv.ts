// BeBack outcomes file in CSV: share_id,outcome,sale_date,sale_amount (dollars), Excel-safe like the leads file.
import { readCsvTable, writeCsvTable } from './leadsCsv';
import type { FileProblem, OutcomeRecord, Parsed } from './types';
import {
  centsToDollars,
  checkOutcome,
  duplicateShareIds,
  type OutcomeField,
  placeProblems,
  shareIdKey,
} from './validate';

const OUTCOME_COLUMNS: Record<OutcomeField, string> = {
  shareId: 'share_id',
  outcome: 'outcome',
  saleDate: 'sale_date',
  saleAmount: 'sale_amount',
};
const HEADER = Object.values(OUTCOME_COLUMNS);

export function writeOutcomesCsv(outcomes: readonly OutcomeRecord[]): string {
  return writeCsvTable(
    HEADER,
    outcomes.map((o) => [
      o.shareId,
      o.outcome,
      o.saleDate ?? '',
      o.saleAmountCents === null ? '' : centsToDollars(o.saleAmountCents),
    ]),
  );
}

/** The CSV has no sender column: the sender is '' and the importing store knows which partner sent it. */
export function readOutcomesCsv(content: string): Parsed<OutcomeRecord> {
  const table = readCsvTable(content, HEADER);
  if (!table.ok) return table;
  const records: OutcomeRecord[] = [];
  const problems: FileProblem[] = [];
  const names = {
    shareId: 'column share_id',
    outcome: 'column outcome',
    saleDate: 'column sale_date',
    saleAmount: 'column sale_amount',
  };
  for (const { line, cells } of table.rows) {
    const checked = checkOutcome(
      {
        shareId: cells.share_id,
        outcome: cells.outcome,
        saleDate: cells.sale_date,
        saleAmount: cells.sale_amount,
      },
      'dollars',
    );
    if (checked.ok) records.push(checked.value);
    else problems.push(...placeProblems(checked.problems, `line ${line}`, names));
  }
  const ids = table.rows.map((row) => shareIdKey(row.cells.share_id));
  problems.push(...duplicateShareIds(ids, (i) => `line ${table.rows[i]!.line}`));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, records, sender: '' };
}
