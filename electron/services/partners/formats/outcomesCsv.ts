// BeBack outcomes file in CSV: share_id,outcome,sale_date,sale_amount (dollars), Excel-safe like the leads file.
import { readCsvRecords, writeCsvTable } from './leadsCsv';
import type { OutcomeRecord, Parsed } from './types';
import { centsToDollars, checkOutcome, type OutcomeField } from './validate';

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
  const read = readCsvRecords(content, OUTCOME_COLUMNS, (raw) => checkOutcome(raw, 'dollars'));
  return read.ok ? { ok: true, records: read.records, sender: '' } : read;
}
