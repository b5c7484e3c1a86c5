// Writing a partner's validated leads: each a prospect (or merged into one the owner chose) with a
// walkout of source "partner" and a first call on the chosen employee's calendar, in one transaction.
import type { ImportCheckDto, ImportResultDto, PartnerDto } from '../../../shared/contract/dto';
import { firstContactDue } from '../../../shared/domain/cadence';
import { cubeTriggers, ROLLUP_TRIGGERS, reasonTriggers } from '../../db/migrations/rollupSql';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { getEmployee } from '../employees/employees.repo';
import { ValidationError } from '../errors';
import { insertFollowUp } from '../followUps/followUps.repo';
import { findProspectMatches, getProspect, insertProspect } from '../prospects/prospects.repo';
import { channelFor } from '../walkouts/channelFor';
import { insertWalkout } from '../walkouts/walkouts.repo';
import type { LeadFormat, SharedLead } from './formats/types';
import { addBatchWalkouts, insertBatch } from './partners.repo';

const BULK_ROWS = 500;

export interface ImportPlan {
  fresh: SharedLead[];
  already: SharedLead[];
  matches: ImportCheckDto['matches'];
}

/** Leads already here (same share id) are skipped, so importing a file twice adds nothing the second time. */
export function importPlan(db: Db, leads: SharedLead[]): ImportPlan {
  const known = prepared(db, 'SELECT 1 FROM walkouts WHERE share_id = ?').pluck();
  const fresh: SharedLead[] = [];
  const already: SharedLead[] = [];
  const matches: ImportCheckDto['matches'] = [];
  for (const lead of leads) {
    if (known.get(lead.shareId)) {
      already.push(lead);
      continue;
    }
    fresh.push(lead);
    const [m] = findProspectMatches(db, lead.phone, lead.email);
    if (m) {
      matches.push({
        shareId: lead.shareId,
        leadName: `${lead.firstName} ${lead.lastName}`.trim(),
        prospectId: m.prospect.id,
        prospectName: `${m.prospect.firstName} ${m.prospect.lastName}`.trim(),
        matchedOn: m.matchedOn.join(' and '),
      });
    }
  }
  return { fresh, already, matches };
}

interface WriteImport {
  partner: PartnerDto;
  fileName: string;
  format: LeadFormat;
  digest: string;
  plan: ImportPlan;
  assignTo: number;
  decisions: Record<string, 'merge' | 'new'>;
}

export function writeImport(deps: ServiceDeps, actor: SignedIn, w: WriteImport): ImportResultDto {
  const { db } = deps;
  const at = deps.now();
  const settings = deps.settings();
  const assignee = getEmployee(db, w.assignTo);
  if (!assignee?.active) throw new ValidationError('Choose an active employee to call these leads.');
  const matchOf = new Map(w.plan.matches.map((m) => [m.shareId, m]));
  // Every lead of the file gets its first call at the same moment: work out the due time once per channel.
  const dueByChannel = new Map<string, number>();
  const dueFor = (channel: Parameters<typeof firstContactDue>[1]) => {
    let due = dueByChannel.get(channel);
    if (due === undefined) {
      due = firstContactDue(at, channel, settings);
      dueByChannel.set(channel, due);
    }
    return due;
  };
  return db.transaction((): ImportResultDto => {
    // A partner's leads are not walk-in visits, so no dashboard roll-up counts them: the roll-up triggers
    // would run for nothing on every row. They are set aside for this transaction (DDL is transactional in
    // SQLite, so a failure puts them back) and recreated before it commits.
    const bulk = w.plan.fresh.length >= BULK_ROWS;
    if (bulk) for (const t of ROLLUP_TRIGGERS) db.exec(`DROP TRIGGER ${t}`);
    const batchId = insertBatch(db, {
      partnerId: w.partner.id,
      kind: 'lead_import',
      format: w.format,
      fileName: w.fileName,
      fields: [],
      sha256: w.digest,
      count: w.plan.fresh.length,
      by: actor.employee.id,
      at,
    });
    const walkoutIds: number[] = [];
    let merged = 0;
    for (const lead of w.plan.fresh) {
      const match = matchOf.get(lead.shareId);
      const merge = match !== undefined && w.decisions[lead.shareId] === 'merge';
      if (merge) merged++;
      const prospectId = merge
        ? match.prospectId
        : insertProspect(
            db,
            {
              firstName: lead.firstName,
              lastName: lead.lastName,
              phone: lead.phone,
              email: lead.email,
              preferredChannel: lead.phone ? 'call' : 'email',
              bestTime: '',
              contactOk: true,
              // They agreed to be shared with us, not onwards.
              shareOk: false,
              source: 'partner',
            },
            at,
          );
      const walkoutId = insertWalkout(
        db,
        {
          source: 'partner',
          originPartnerId: w.partner.id,
          originRepName: lead.originRep,
          prospectId,
          employeeId: assignee.id,
          visitedAt: lead.visitedAt,
          product: lead.product,
          category: lead.category,
          priceQuotedCents: lead.priceQuotedCents ?? null,
          closeness: 3,
          objection: lead.objection,
          objectionText: lead.objectionText,
          painPoints: lead.painPoints ?? '',
          motivation: lead.notes ?? '',
          personalDetails: lead.personalDetails ?? '',
          nextStepText: `Lead from ${w.partner.name} (${lead.originRep})`,
          nextStepAt: null,
          contactRefused: false,
          shareId: lead.shareId,
        },
        at,
        settings.timeZone,
      );
      walkoutIds.push(walkoutId);
      // A new prospect is reachable by what the lead carries; a merged one may have asked not to be called.
      const prospect = merge
        ? getProspect(db, prospectId)!
        : ({
            doNotContact: false,
            preferredChannel: lead.phone ? 'call' : 'email',
            phone: lead.phone,
            email: lead.email,
          } as const);
      if (!prospect.doNotContact) {
        const channel = channelFor(prospect.preferredChannel, prospect.phone, prospect.email);
        insertFollowUp(
          db,
          {
            walkoutId,
            assigneeId: assignee.id,
            dueAt: dueFor(channel),
            channel,
            purpose: 'first_contact',
          },
          at,
        );
      }
    }
    addBatchWalkouts(db, batchId, walkoutIds);
    if (bulk) {
      db.exec(cubeTriggers());
      db.exec(reasonTriggers());
    }
    recordAudit(db, {
      at,
      employeeId: actor.employee.id,
      action: 'create',
      entity: 'share_batch',
      entityId: batchId,
      detail: { partner: w.partner.id, imported: walkoutIds.length, merged, already: w.plan.already.length },
    });
    return { batchId, imported: walkoutIds.length, merged, alreadyImported: w.plan.already.length };
  })();
}
