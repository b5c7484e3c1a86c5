// Writing a partner's validated leads: each a prospect (or merged into one the owner chose) with a
// walkout of source "partner" and a first call on the chosen employee's calendar, in one transaction.
import type { ImportCheckDto, ImportResultDto, ProspectDto } from '../../../shared/contract/dto';
import { firstContactDue } from '../../../shared/domain/cadence';
import type { Channel } from '../../../shared/domain/vocab';
import type { Executor, Store } from '../../db/store';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { getEmployee } from '../employees/employees.repo';
import { ValidationError } from '../errors';
import { toProspectDto } from '../prospects/prospects.repo';
import { channelFor } from '../walkouts/channelFor';
import type { LeadFormat, SharedLead } from './formats/types';
import {
  clearStagedLeads,
  type FirstCalls,
  insertStagedLeads,
  mergeStaged,
  type StagedMatch,
  stagedMatches,
  stageLeads,
} from './importLeads.repo';
import { insertBatch, type PartnerAgreement } from './partners.repo';

type Match = ImportCheckDto['matches'][number];

export interface ImportPlan {
  fresh: number;
  already: number;
  /** One per new lead whose phone or e-mail is a prospect's here: the one who visited last. */
  matches: (Match & { seq: number; prospect: ProspectDto })[];
}

/**
 * Stages the leads, works out the plan and hands it to use; the staged leads are cleared afterwards.
 * Leads already here (same share id) are skipped, so importing a file twice adds nothing the second time.
 */
export function withImportPlan<T>(
  store: Store,
  leads: readonly SharedLead[],
  timeZone: string,
  use: (tx: Executor, plan: ImportPlan) => Promise<T> | T,
  /** Or read inside the transaction first, when the calls depend on what the calendars hold. */
  firstCalls?: FirstCalls | { readFrom: (tx: Executor) => Promise<FirstCalls> },
): Promise<T> {
  // One transaction: the temp table's rows are not each their own commit, and an import's writes see the
  // store its plan saw.
  return store.transaction(async (tx) => {
    try {
      const calls = firstCalls && 'readFrom' in firstCalls ? await firstCalls.readFrom(tx) : firstCalls;
      const { already } = await stageLeads(tx, leads, timeZone, calls);
      const best = new Map<number, StagedMatch>();
      for (const m of await stagedMatches(tx)) {
        const seen = best.get(m.seq);
        if (!seen || m.lastVisitAt > seen.lastVisitAt) best.set(m.seq, m);
      }
      const matches = [...best.values()]
        .sort((x, y) => x.pos - y.pos)
        .map(({ seq, pos, prospect, onPhone, onEmail }) => {
          const lead = leads[pos]!;
          return {
            seq,
            prospect: toProspectDto(prospect),
            shareId: lead.shareId,
            leadName: `${lead.firstName} ${lead.lastName}`.trim(),
            prospectId: prospect.id,
            prospectName: `${prospect.first_name} ${prospect.last_name}`.trim(),
            matchedOn: [...(onPhone ? ['phone'] : []), ...(onEmail ? ['email'] : [])].join(' and '),
          };
        });
      return await use(tx, { fresh: leads.length - already, already, matches });
    } finally {
      await clearStagedLeads(tx);
    }
  });
}

/** A lead matching a prospect here waits for the owner's merge-or-new decision; none is taken silently. */
function requireDecisions(plan: ImportPlan, decisions: Record<string, 'merge' | 'new'>): void {
  const undecided = plan.matches.filter((m) => !decisions[m.shareId]);
  if (undecided.length === 0) return;
  throw new ValidationError(
    `${undecided.length} ${undecided.length === 1 ? 'lead matches a prospect' : 'leads match prospects'} already here: choose merge or new for each (${undecided
      .slice(0, 3)
      .map((m) => `${m.leadName} ~ ${m.prospectName}`)
      .join('; ')}).`,
    undecided.map((m) => ({
      path: `decisions.${m.shareId}`,
      message: `${m.leadName} matches ${m.prospectName}`,
    })),
  );
}

/** Stages the owner's merges; returns how many. */
async function mergeChosen(
  tx: Executor,
  plan: ImportPlan,
  decisions: Record<string, 'merge' | 'new'>,
  dueFor: (channel: Channel) => number,
): Promise<number> {
  let merged = 0;
  for (const m of plan.matches) {
    if (decisions[m.shareId] !== 'merge') continue;
    merged++;
    // A merged prospect is called as they asked to be, and not at all if they asked not to be.
    const p = m.prospect;
    const channel = p.doNotContact ? null : channelFor(p.preferredChannel, p.phone, p.email);
    await mergeStaged(tx, m.seq, { prospectId: p.id, channel, dueAt: channel && dueFor(channel) });
  }
  return merged;
}

interface WriteImport {
  partner: PartnerAgreement;
  fileName: string;
  format: LeadFormat;
  digest: string;
  leads: readonly SharedLead[];
  assignTo: number;
  decisions: Record<string, 'merge' | 'new'>;
}

export async function writeImport(
  deps: ServiceDeps,
  actor: SignedIn,
  w: WriteImport,
): Promise<ImportResultDto> {
  const { store } = deps;
  const at = deps.now();
  const settings = deps.settings();
  const assignee = await getEmployee(store.db, w.assignTo);
  if (!assignee?.active) throw new ValidationError('Choose an active employee to call these leads.');
  // Every lead of the file gets its first call at the same moment: the due time depends on the channel only.
  const dueFor = (channel: Channel) => firstContactDue(at, channel, settings);
  // withImportPlan's transaction holds the whole import: the plan and the writes see the same store.
  return withImportPlan(
    store,
    w.leads,
    settings.timeZone,
    async (tx, plan): Promise<ImportResultDto> => {
      requireDecisions(plan, w.decisions);
      const merged = await mergeChosen(tx, plan, w.decisions, dueFor);
      const batchId = await insertBatch(tx, {
        partnerId: w.partner.id,
        kind: 'lead_import',
        format: w.format,
        fileName: w.fileName,
        fields: [],
        sha256: w.digest,
        count: plan.fresh,
        by: actor.employee.id,
        at,
      });
      const imported = await insertStagedLeads(tx, {
        source: 'partner',
        partnerId: w.partner.id,
        partnerName: w.partner.name,
        employeeId: assignee.id,
        batchId,
        at,
      });
      await recordAudit(tx, {
        at,
        employeeId: actor.employee.id,
        action: 'create',
        entity: 'share_batch',
        entityId: batchId,
        detail: { partner: w.partner.id, imported, merged, already: plan.already },
      });
      return { batchId, imported, merged, alreadyImported: plan.already };
    },
    { call: dueFor('call'), email: dueFor('email') },
  );
}
