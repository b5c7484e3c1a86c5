// Lead files that go to a partner: a first send of the walkouts the filters and the agreement let go, and a
// re-send of a recorded file in any format (the same leads and share ids, minus those no longer shareable).
// Both are recorded the same way: a share batch, its walkouts and an audit row, in one transaction.
import type { PartnerFileDto, ResentFileDto } from '../../../shared/contract/dto';
import type { ExportFilter } from '../../../shared/contract/schemas';
import { localDateKey } from '../../../shared/domain/storeClock';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { countLeftOut, type ExportScope, type LeftOut, leadsToShare } from './exportLeads';
import { writeLeads } from './formats';
import { type LeadFormat, MAX_FILE_BYTES } from './formats/types';
import { sha256, slug } from './partnerFiles';
import * as repo from './partners.repo';

/** How the re-send result and its refusal name why a lead of the original stays home now. */
export const LEFT_OUT_WORDS: Record<LeftOut, string> = {
  doNotContact: 'do-not-contact or erased',
  noShareConsent: 'without share consent',
  outsideAgreement: 'outside the agreed categories',
  outsideTerritory: 'outside the territory',
  noContactDetails: 'without phone or email',
  stillBeingWorked: 'still being worked',
  alreadyShared: 'already shared',
};

export function createLeadFiles(
  deps: ServiceDeps,
  agreementOf: (id: number) => Promise<repo.PartnerAgreement>,
) {
  const { store, now } = deps;

  async function send(
    actor: SignedIn,
    partner: repo.PartnerAgreement,
    scope: ExportScope,
    format: LeadFormat,
    resendOf?: number,
  ): Promise<PartnerFileDto & { batchId: number }> {
    const at = now();
    const { storeName, timeZone } = deps.settings();
    const { ids, leads } = await store.transaction((tx) =>
      leadsToShare(tx, scope, at, partner, storeName, store.sqlite),
    );
    if (leads.length === 0)
      throw new ValidationError('No walkout qualifies for this partner with these filters.');
    const content = writeLeads(format, leads, { distributor: storeName }, at);
    const bytes = Buffer.byteLength(content, 'utf8');
    if (bytes > MAX_FILE_BYTES) {
      // A file the partner's BeBack would refuse is no use to them: say so before recording a batch.
      throw new ValidationError(
        `That file would be ${(bytes / 1e6).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB a partner can import. Narrow the filters or choose CSV, the most compact format.`,
      );
    }
    const ext = format === 'adf' ? 'xml' : format;
    const again = resendOf === undefined ? '' : '-again';
    const fileName = `beback-leads-for-${slug(partner.name)}-${localDateKey(at, timeZone)}${again}.${ext}`;
    const digest = sha256(content);
    const batchId = await store.transaction(async (tx) => {
      const id = await repo.insertBatch(tx, {
        partnerId: partner.id,
        kind: 'lead_export',
        format,
        fileName,
        fields: partner.sharedFields,
        sha256: digest,
        count: leads.length,
        by: actor.employee.id,
        at,
        resendOf,
      });
      await repo.addBatchWalkouts(tx, id, ids);
      if ('resendOf' in scope) await repo.carryOutcomes(tx, scope.resendOf, id);
      await recordAudit(tx, {
        at,
        employeeId: actor.employee.id,
        action: 'create',
        entity: 'share_batch',
        entityId: id,
        detail: {
          partner: partner.id,
          leads: leads.length,
          sha256: digest,
          ...(resendOf ? { resendOf } : {}),
        },
      });
      return id;
    });
    return { fileName, content, count: leads.length, sha256: digest, batchId };
  }

  return {
    async exportLeads(
      actor: SignedIn,
      input: ExportFilter & { format: LeadFormat },
    ): Promise<PartnerFileDto> {
      return send(actor, await agreementOf(input.partnerId), input, input.format);
    },

    async resend(actor: SignedIn, input: { batchId: number; format: LeadFormat }): Promise<ResentFileDto> {
      const batch = await repo.getBatch(store.db, input.batchId);
      if (!batch) throw new NotFoundError('That file');
      if (batch.kind !== 'lead_export') {
        throw new ValidationError('Only a file of leads sent to a partner can be sent again.');
      }
      const partner = await agreementOf(batch.partnerId);
      const scope = { partnerId: partner.id, resendOf: batch.id };
      // The same CASE as every export decides what stays home; only "already shared" does not apply.
      const { qualifying, leftOut } = await countLeftOut(store.db, scope, now());
      const kept = Object.fromEntries(Object.entries(leftOut).filter(([, n]) => n > 0));
      const noLongerShareable = Object.values(kept).reduce((a, n) => a + n, 0);
      if (qualifying === 0) {
        const why = Object.entries(kept)
          .map(([k, n]) => `${n} ${LEFT_OUT_WORDS[k as LeftOut]}`)
          .join(', ');
        throw new ValidationError(
          `None of the leads of that file can be sent again; they are no longer shareable (${why}). Nothing was sent or recorded.`,
        );
      }
      const original = batch.resendOf ?? batch.id;
      const file = await send(actor, partner, scope, input.format, original);
      return { ...file, resendOf: original, leftOut: kept, noLongerShareable };
    },
  };
}
