// imports.check and imports.commit: a store's own old spreadsheet of leads. The check reads the file with
// the guessed (or chosen) mapping and says what importing would do, writing nothing; the commit writes
// every valid row in one transaction — walkouts of source 'import' on the chosen employee's calendar,
// first calls spread under the daily cap — or, refused, nothing at all.
import type { SheetCheckDto, SheetImportedDto } from '../../../shared/contract/dto';
import type { SheetCheckInput, SheetCommitInput } from '../../../shared/contract/importSchemas';
import type { SheetLead } from '../../../shared/domain/sheetRows';
import { nextAllowedInstant } from '../../../shared/domain/storeClock';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { getEmployee } from '../employees/employees.repo';
import { ConflictError, ValidationError } from '../errors';
import type { SharedLead } from '../partners/formats/types';
import { type ImportPlan, withImportPlan } from '../partners/importLeads';
import { insertStagedLeads, mergeStaged } from '../partners/importLeads.repo';
import { channelFor } from '../walkouts/channelFor';
import { spreadFirstCalls } from './firstCallSpread';
import {
  importedCallLoad,
  type ProspectOnFile,
  prospectsByContact,
  prospectsWithOpenCall,
} from './sheetImport.repo';
import { readSheetFile } from './sheetRead';

/** The check lists this many invalid rows; the count says how many there are in all. */
const INVALID_LISTED = 200;

function toSharedLead(l: SheetLead, shareId: string): SharedLead {
  return {
    shareId,
    originDistributor: '',
    originRep: l.salesperson,
    visitedAt: l.visitedAt,
    firstName: l.firstName,
    lastName: l.lastName,
    phone: l.phone,
    email: l.email,
    product: l.product,
    category: '',
    objection: l.objection,
    objectionText: l.objectionText,
    priceQuotedCents: l.priceQuotedCents,
    notes: l.notes,
  };
}

/** Newest visit first: the warmest leads get the earliest calls. */
function callOrder(leads: readonly SheetLead[]): number[] {
  return leads.map((_, i) => i).sort((x, y) => leads[y]!.visitedAt - leads[x]!.visitedAt || x - y);
}

export function createSheetImportService(deps: ServiceDeps) {
  const { store } = deps;

  async function assignee(employeeId: number) {
    const e = await getEmployee(store.db, employeeId);
    if (!e?.active) throw new ValidationError('Choose an active employee to call these walkouts.');
    return e;
  }

  function read(input: SheetCheckInput | SheetCommitInput) {
    const s = deps.settings();
    const ctx = { region: s.defaultRegion, timeZone: s.timeZone, now: deps.now() };
    return readSheetFile(input.text, input.mapping, input.employeeId, ctx);
  }

  /** Decisions are by the row's line; every match needs one, none is taken silently. */
  function requireDecisions(
    plan: ImportPlan,
    lineOf: (shareId: string) => number,
    decisions: SheetCommitInput['decisions'],
  ) {
    const undecided = plan.matches.filter((m) => !decisions[String(lineOf(m.shareId))]);
    if (undecided.length === 0) return;
    throw new ValidationError(
      `${undecided.length} ${undecided.length === 1 ? 'row matches a prospect' : 'rows match prospects'} already here: choose merge or new for each (line ${undecided
        .slice(0, 3)
        .map((m) => `${lineOf(m.shareId)} ${m.leadName} ~ ${m.prospectName}`)
        .join('; line ')}).`,
      undecided.map((m) => ({
        path: `decisions.${lineOf(m.shareId)}`,
        message: `${m.leadName} matches ${m.prospectName}`,
      })),
    );
  }

  /** Each lead whose phone or e-mail is a prospect's here, with the one who visited last (the commit's rule). */
  async function matchesOf(leads: readonly SheetLead[]): Promise<SheetCheckDto['matches']> {
    const found = await prospectsByContact(
      store.db,
      leads.flatMap((l) => (l.phone ? [l.phone] : [])),
      leads.flatMap((l) => (l.email ? [l.email] : [])),
    );
    const byPhone = new Map<string, ProspectOnFile[]>();
    const byEmail = new Map<string, ProspectOnFile[]>();
    const add = (m: Map<string, ProspectOnFile[]>, k: string | null, p: ProspectOnFile) => {
      if (k) m.set(k, [...(m.get(k) ?? []), p]);
    };
    for (const p of found) {
      add(byPhone, p.phone, p);
      add(byEmail, p.email, p);
    }
    return leads.flatMap((l) => {
      const candidates = [
        ...(l.phone ? (byPhone.get(l.phone) ?? []) : []),
        ...(l.email ? (byEmail.get(l.email) ?? []) : []),
      ];
      // The latest visit wins; on a tie the lower id, as a stable choice.
      const best = candidates.reduce<ProspectOnFile | null>(
        (b, p) =>
          !b || p.lastVisitAt > b.lastVisitAt || (p.lastVisitAt === b.lastVisitAt && p.id < b.id) ? p : b,
        null,
      );
      if (!best) return [];
      const on = [
        ...(l.phone && best.phone === l.phone ? ['phone'] : []),
        ...(l.email && best.email === l.email ? ['email'] : []),
      ];
      return [
        {
          line: l.line,
          leadName: `${l.firstName} ${l.lastName}`.trim(),
          prospectId: best.id,
          prospectName: best.name,
          matchedOn: on.join(' and '),
        },
      ];
    });
  }

  return {
    async check(_actor: SignedIn, input: SheetCheckInput): Promise<SheetCheckDto> {
      await assignee(input.employeeId);
      const r = read(input);
      const s = deps.settings();
      // The spread as if every row got its call: merges into a prospect already called take none.
      const spread = spreadFirstCalls(
        deps.now(),
        s,
        await importedCallLoad(store.db, input.employeeId, deps.now()),
      );
      for (const pos of callOrder(r.leads)) spread.next(r.leads[pos]!.phone ? 'call' : 'email');
      const matches = await matchesOf(r.leads);
      return {
        token: r.token,
        columns: r.columns,
        rows: r.leads.length + r.invalid.length,
        fresh: r.leads.length - matches.length,
        matching: matches.length,
        invalid: r.invalid.length,
        invalidRows: r.invalid.slice(0, INVALID_LISTED),
        matches,
        firstCalls: { dailyCap: s.campaignDailyCap, ...spread.summary() },
      };
    },

    async commit(actor: SignedIn, input: SheetCommitInput): Promise<SheetImportedDto> {
      const r = read(input);
      if (r.token !== input.token) {
        throw new ConflictError(
          'The file or its columns changed since the preview: check it again before importing.',
        );
      }
      if (r.leads.length === 0) {
        throw new ValidationError(
          `No row of this file can be imported: all ${r.invalid.length} are invalid.`,
        );
      }
      const employee = await assignee(input.employeeId);
      const s = deps.settings();
      const at = deps.now();
      const shared = r.leads.map((l) => toSharedLead(l, deps.newShareId()));
      const posOf = new Map(shared.map((l, i) => [l.shareId, i]));
      const lineOf = (shareId: string) => r.leads[posOf.get(shareId)!]!.line;
      const dueByPos: number[] = [];
      return withImportPlan(
        store,
        shared,
        s.timeZone,
        async (tx, plan): Promise<SheetImportedDto> => {
          requireDecisions(plan, lineOf, input.decisions);
          const merges = plan.matches.filter((m) => input.decisions[String(lineOf(m.shareId))] === 'merge');
          // A person is called once: one already on a calendar, or who asked not to be called, gets no new call.
          const called = await prospectsWithOpenCall(
            tx,
            merges.map((m) => m.prospectId),
          );
          let mergedCalls = 0;
          for (const m of merges) {
            const p = m.prospect;
            const channel =
              p.doNotContact || called.has(p.id) ? null : channelFor(p.preferredChannel, p.phone, p.email);
            if (channel) mergedCalls++;
            const dueAt = channel && nextAllowedInstant(dueByPos[posOf.get(m.shareId)!]!, channel, s);
            await mergeStaged(tx, m.seq, { prospectId: p.id, channel, dueAt });
          }
          const imported = await insertStagedLeads(tx, {
            source: 'import',
            fileName: input.fileName,
            employeeId: employee.id,
            at,
          });
          const result = {
            imported,
            merged: merges.length,
            skippedInvalid: r.invalid.length,
            firstCalls: imported - merges.length + mergedCalls,
          };
          await recordAudit(tx, {
            at,
            employeeId: actor.employee.id,
            action: 'create',
            entity: 'sheet_import',
            entityId: null,
            detail: { fileName: input.fileName, assignee: employee.id, ...result },
          });
          return result;
        },
        {
          // Read in the transaction that writes the calls, so the load counted is the one the calls join.
          readFrom: async (tx) => {
            const spread = spreadFirstCalls(at, s, await importedCallLoad(tx, employee.id, at));
            for (const pos of callOrder(r.leads))
              dueByPos[pos] = spread.next(r.leads[pos]!.phone ? 'call' : 'email');
            return (pos: number) => dueByPos[pos]!;
          },
        },
      );
    },
  };
}
