// The outcome round-trip: we tell a partner what became of the leads they sent us, and their file of
// outcomes records partner sales on our walkouts and pays our reps, once however often it is imported.
import type { OutcomesImportedDto, PartnerFileDto, WalkoutDto } from '../../../shared/contract/dto';
import { fromLocalInput } from '../../../shared/domain/localInput';
import { localDateKey } from '../../../shared/domain/storeClock';
import { NO_CONTACT_OUTCOMES } from '../../../shared/domain/vocab';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { insertCredit } from '../credits/credits.repo';
import { ValidationError } from '../errors';
import { cancelAllOpenFollowUps } from '../followUps/followUps.repo';
import { getWalkout, markWalkoutSold } from '../walkouts/walkouts.repo';
import { readOutcomes, writeOutcomes } from './formats';
import type { FileProblem, OutcomeFormat, OutcomeRecord, PartnerOutcome } from './formats/types';
import { type ReceivedRow, receivedLeads, setSharedOutcome, sharedWalkout } from './outcomes.repo';
import { rejectFile, sha256, slug } from './partnerFiles';
import { addBatchWalkouts, insertBatch, type PartnerAgreement } from './partners.repo';

/** What we tell the partner: a wrong number means we cannot reach them, even while the lead is open. */
function outcomeOf(r: ReceivedRow): PartnerOutcome {
  if (r.status === 'sold') return 'sold';
  if (r.last_outcome === 'wrong_number') return 'unreachable';
  if (r.status === 'lost') {
    return r.last_outcome && NO_CONTACT_OUTCOMES.includes(r.last_outcome) ? 'unreachable' : 'not_interested';
  }
  return 'still_working';
}

export function createOutcomes(deps: ServiceDeps, agreementOf: (id: number) => Promise<PartnerAgreement>) {
  const { store, now } = deps;

  return {
    async exportOutcomes(
      actor: SignedIn,
      input: { partnerId: number; format: OutcomeFormat },
    ): Promise<PartnerFileDto> {
      const partner = await agreementOf(input.partnerId);
      const at = now();
      const { storeName, timeZone } = deps.settings();
      const rows = await receivedLeads(store.db, partner.id);
      if (rows.length === 0)
        throw new ValidationError(`No leads from ${partner.name} have been imported yet.`);
      const records: OutcomeRecord[] = rows.map((r) => {
        const outcome = outcomeOf(r);
        return {
          shareId: r.share_id,
          outcome,
          saleDate: outcome === 'sold' && r.sold_at !== null ? localDateKey(r.sold_at, timeZone) : null,
          saleAmountCents: outcome === 'sold' ? (r.sale_amount_cents ?? 0) : null,
        };
      });
      const content = writeOutcomes(input.format, records, { distributor: storeName }, at);
      const fileName = `beback-outcomes-for-${slug(partner.name)}-${localDateKey(at, timeZone)}.${input.format}`;
      const digest = sha256(content);
      const batchId = await store.transaction(async (tx) => {
        const id = await insertBatch(tx, {
          partnerId: partner.id,
          kind: 'outcome_export',
          format: input.format,
          fileName,
          fields: [],
          sha256: digest,
          count: records.length,
          by: actor.employee.id,
          at,
        });
        await addBatchWalkouts(
          tx,
          id,
          rows.map((r) => r.id),
        );
        return id;
      });
      return { fileName, content, count: records.length, sha256: digest, batchId };
    },

    async importOutcomes(
      actor: SignedIn,
      input: { partnerId: number; fileName: string; content: string },
    ): Promise<OutcomesImportedDto> {
      const partner = await agreementOf(input.partnerId);
      const at = now();
      const { timeZone } = deps.settings();
      const format: OutcomeFormat =
        /\.csv$/i.test(input.fileName) || !/^\uFEFF?\s*\{/.test(input.content) ? 'csv' : 'json';
      const parsed = readOutcomes(format, input.content);
      if (!parsed.ok) rejectFile(input.fileName, parsed.problems);

      // Every record is checked against what we shared before anything is written.
      // With the outcome the partner last told us (the latest batch's), to tell a change from a repeat.
      const today = localDateKey(at, timeZone);
      const problems: FileProblem[] = [];
      const plan: ({
        record: OutcomeRecord;
        walkout: WalkoutDto;
        soldAt: number | null;
        told: PartnerOutcome | null;
      } | null)[] = [];
      for (const [i, r] of parsed.records.entries()) {
        const shared = await sharedWalkout(store.db, r.shareId, partner.id);
        const where = `record ${i + 1}`;
        if (shared === undefined) {
          problems.push({ where, message: `share id ${r.shareId} was never shared with ${partner.name}` });
          plan.push(null);
          continue;
        }
        const walkout = (await getWalkout(store.db, shared.id))!;
        // A sale date is a day: noon of it, or now if that day is today and noon has not come yet.
        const noon = r.saleDate ? fromLocalInput(`${r.saleDate}T12:00`, timeZone) : null;
        const soldAt = noon === null ? null : Math.min(noon, at);
        if (r.saleDate && (r.saleDate > today || r.saleDate < localDateKey(walkout.visitedAt, timeZone))) {
          problems.push({ where, message: `sale date ${r.saleDate} is not between the visit and today` });
        }
        plan.push({ record: r, walkout, soldAt, told: shared.outcome });
      }
      if (problems.length > 0) rejectFile(input.fileName, problems);

      return store.transaction(async (tx): Promise<OutcomesImportedDto> => {
        let sold = 0;
        let credits = 0;
        let updated = 0;
        const changed: number[] = [];
        for (const step of plan) {
          const { record, walkout, soldAt, told } = step!;
          let touched = false;
          if (told !== record.outcome) {
            await setSharedOutcome(tx, walkout.id, partner.id, record.outcome, at);
            updated++;
            touched = true;
          }
          // Our own sale, if we made one first, stands; a partner sale is recorded once.
          if (record.outcome === 'sold' && walkout.status !== 'sold' && soldAt !== null) {
            await markWalkoutSold(tx, walkout.id, {
              at: soldAt,
              closer: 'partner',
              closedBy: actor.employee.id,
              amountCents: record.saleAmountCents,
            });
            await cancelAllOpenFollowUps(tx, walkout.id);
            sold++;
            touched = true;
          }
          if (record.outcome === 'sold' && (walkout.status !== 'sold' || walkout.closer === 'partner')) {
            const credit = await insertCredit(tx, {
              employeeId: walkout.employeeId,
              walkoutId: walkout.id,
              kind: 'partner',
              amountCents: partner.commissionCents,
              at,
            });
            if (credit !== null) {
              credits++;
              touched = true;
            }
          }
          if (touched) changed.push(walkout.id);
        }
        if (changed.length === 0) return { batchId: null, sold, credits, updated, unchanged: plan.length };
        const batchId = await insertBatch(tx, {
          partnerId: partner.id,
          kind: 'outcome_import',
          format,
          fileName: input.fileName,
          fields: [],
          sha256: sha256(input.content),
          count: plan.length,
          by: actor.employee.id,
          at,
        });
        await addBatchWalkouts(tx, batchId, changed);
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'share_batch',
          entityId: batchId,
          detail: { partner: partner.id, sold, credits, updated },
        });
        return { batchId, sold, credits, updated, unchanged: plan.length - changed.length };
      });
    },
  };
}
