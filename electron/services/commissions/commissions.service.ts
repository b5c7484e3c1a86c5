// The commissions desk: save, referral and partner credits per rep for a period, paid out with a date
// (never deleted), and exported for payroll as an Excel-safe CSV.
import type { CommissionsDto, CreditDto, CsvFileDto } from '../../../shared/contract/dto';
import { localDateKey } from '../../../shared/domain/storeClock';
import { CREDIT_KIND_LABELS } from '../../../shared/domain/vocab';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { countCredits, creditsInPeriod, markCreditsPaid } from '../credits/credits.repo';
import { toExcelCsv } from '../csv/excelCsv';
import { NotFoundError, ValidationError } from '../errors';
import { commissionOwed } from '../metrics/dashboard.metrics';

const DAY = 86_400_000;

function perEmployee(credits: CreditDto[]): CommissionsDto['perEmployee'] {
  const by = new Map<number, CommissionsDto['perEmployee'][number]>();
  for (const c of credits) {
    const row = by.get(c.employeeId) ?? {
      employeeId: c.employeeId,
      name: c.employeeName,
      earnedCents: 0,
      paidCents: 0,
      owedCents: 0,
    };
    row.earnedCents += c.amountCents;
    if (c.paidAt === null) row.owedCents += c.amountCents;
    else row.paidCents += c.amountCents;
    by.set(c.employeeId, row);
  }
  return [...by.values()].sort((a, b) => b.owedCents - a.owedCents || a.name.localeCompare(b.name));
}

export function createCommissionsService(deps: ServiceDeps) {
  const { store, now } = deps;

  async function list(
    _actor: SignedIn,
    input: { from: number; to: number; employeeId?: number },
  ): Promise<CommissionsDto> {
    const credits = await creditsInPeriod(store.db, input.from, input.to, input.employeeId ?? null);
    return {
      from: input.from,
      to: input.to,
      credits,
      perEmployee: perEmployee(credits),
      owedAllTimeCents: await commissionOwed(store.db, null),
    };
  }

  return {
    list,

    async markPaid(
      actor: SignedIn,
      input: { creditIds: number[]; paidAt: number },
    ): Promise<{ marked: number }> {
      const at = now();
      if (input.paidAt > at + DAY) {
        throw new ValidationError('The payout date is in the future.', [
          { path: 'paidAt', message: 'In the future' },
        ]);
      }
      const marked = await store.transaction(async (tx) => {
        // A line that is not there (erased, or never was) refuses the whole payout: nothing half-marked.
        if ((await countCredits(tx, input.creditIds)) !== new Set(input.creditIds).size) {
          throw new NotFoundError('One of these commission lines');
        }
        const n = await markCreditsPaid(tx, input.creditIds, input.paidAt);
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'save_credit',
          entityId: null,
          detail: { paid: input.creditIds, paidAt: input.paidAt, marked: n },
        });
        return n;
      });
      return { marked };
    },

    async exportCsv(
      _actor: SignedIn,
      input: { from: number; to: number; employeeId?: number },
    ): Promise<CsvFileDto> {
      const { timeZone } = deps.settings();
      const day = (t: number | null) => (t === null ? '' : localDateKey(t, timeZone));
      const dollars = (c: number | null) => (c === null ? null : c / 100);
      const credits = await creditsInPeriod(store.db, input.from, input.to, input.employeeId ?? null);
      const content = toExcelCsv(
        [
          'Rep',
          'Credit for',
          'Customer',
          'Referred',
          'Product',
          'Sold on',
          'Sale amount',
          'Credit',
          'Earned on',
          'Paid on',
        ],
        credits.map((c) => [
          c.employeeName,
          CREDIT_KIND_LABELS[c.kind],
          c.prospectName,
          c.referredName ?? '',
          c.product,
          day(c.soldAt),
          dollars(c.saleAmountCents),
          dollars(c.amountCents),
          day(c.createdAt),
          day(c.paidAt),
        ]),
      );
      return { fileName: `beback-commissions-${day(input.from)}-to-${day(input.to - 1)}.csv`, content };
    },
  };
}
