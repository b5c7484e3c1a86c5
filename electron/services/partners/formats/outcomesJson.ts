// BeBack outcomes file in JSON: what became of each shared lead (docs/schemas/beback-outcomes-v1.schema.json).
import { isObject, readEnvelope, writeEnvelope } from './leadsJson';
import type { FileProblem, OutcomeRecord, Parsed } from './types';
import { checkOutcome, duplicateShareIds, type OutcomeField, placeProblems, shareIdKey } from './validate';

const JSON_KEYS: Record<OutcomeField, string> = {
  shareId: 'shareId',
  outcome: 'outcome',
  saleDate: 'saleDate',
  saleAmount: 'saleAmountCents',
};

export function writeOutcomesJson(
  outcomes: readonly OutcomeRecord[],
  distributor: string,
  exportedAt: number,
): string {
  const items = outcomes.map((o) => ({
    shareId: o.shareId,
    outcome: o.outcome,
    ...(o.outcome === 'sold' ? { saleDate: o.saleDate, saleAmountCents: o.saleAmountCents } : {}),
  }));
  return writeEnvelope('outcomes', distributor, exportedAt, items);
}

export function readOutcomesJson(content: string): Parsed<OutcomeRecord> {
  const envelope = readEnvelope(content, 'outcomes');
  if (!envelope.ok) return envelope;
  const records: OutcomeRecord[] = [];
  const problems: FileProblem[] = [];
  envelope.items.forEach((item, i) => {
    const where = `record ${i + 1}`;
    if (!isObject(item)) {
      problems.push({ where, message: 'Each outcome must be a JSON object.' });
      return;
    }
    const checked = checkOutcome(
      {
        shareId: item.shareId,
        outcome: item.outcome,
        saleDate: item.saleDate,
        saleAmount: item.saleAmountCents,
      },
      'cents',
    );
    if (checked.ok) records.push(checked.value);
    else problems.push(...placeProblems(checked.problems, where, JSON_KEYS));
  });
  const ids = envelope.items.map((item) => shareIdKey(isObject(item) ? item.shareId : undefined));
  problems.push(...duplicateShareIds(ids, (i) => `record ${i + 1}`));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, records, sender: envelope.sender };
}
