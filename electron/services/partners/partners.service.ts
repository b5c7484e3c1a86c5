// The partner exchange (PRODUCT.md): agreements, consented lead exports, partner imports that are
// validated whole before anything is written, and the outcome round-trip that pays the originating rep.
import type {
  ExportPreviewDto,
  ImportCheckDto,
  ImportResultDto,
  PartnerDto,
  ShareBatchDto,
} from '../../../shared/contract/dto';
import type { ExportFilter, ImportLeadsInput, PartnerFields } from '../../../shared/contract/schemas';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { NotFoundError } from '../errors';
import { exportPreview } from './exportLeads';
import { detectLeadFormat, encodingProblem, readLeads } from './formats';
import type { LeadFormat, SharedLead } from './formats/types';
import { withImportPlan, writeImport } from './importLeads';
import { createLeadFiles } from './leadFiles';
import { createOutcomes } from './outcomes';
import { rejectFile, sha256 } from './partnerFiles';
import * as repo from './partners.repo';

const KEEP_READ_MS = 10 * 60_000;

export function createPartnersService(deps: ServiceDeps) {
  const { store, now } = deps;

  async function mustGet(id: number): Promise<PartnerDto> {
    const p = await repo.getPartner(store.db, id);
    if (!p) throw new NotFoundError('That partner');
    return p;
  }

  /** The agreement an exchange works under; every file action needs it, none needs the partner's counts. */
  async function agreementOf(id: number): Promise<repo.PartnerAgreement> {
    const p = await repo.getAgreement(store.db, id);
    if (!p) throw new NotFoundError('That partner');
    return p;
  }

  const outcomes = createOutcomes(deps, agreementOf);
  const leadFiles = createLeadFiles(deps, agreementOf);

  // An import is two calls on the same file, check then import. Reading and validating 100 000 leads
  // takes seconds, so the import reuses what the check read when the file, its format and the store's
  // region are the same (the file is named by its SHA-256). One file is kept, for a few minutes.
  let lastRead: { key: string; at: number; format: LeadFormat; leads: SharedLead[]; sender: string } | null =
    null;

  function read(fileName: string, content: string, digest: string) {
    // Before the format is guessed: a UTF-16 file of any name is told as UTF-16, not as an unknown kind.
    const encoding = encodingProblem(content);
    if (encoding) rejectFile(fileName, [encoding]);
    const format = detectLeadFormat(fileName, content);
    if (!format) {
      rejectFile(fileName, [
        {
          where: fileName,
          message: 'This is not a BeBack JSON, CSV or ADF file (.json, .csv, .xml or .adf).',
        },
      ]);
    }
    const { defaultRegion } = deps.settings();
    const key = `${digest} ${format} ${defaultRegion}`;
    const at = now();
    if (lastRead?.key === key && at - lastRead.at < KEEP_READ_MS) return lastRead;
    lastRead = null;
    const parsed = readLeads(format, content, { defaultRegion });
    if (!parsed.ok) rejectFile(fileName, parsed.problems);
    lastRead = { key, at, format, leads: parsed.records, sender: parsed.sender };
    return lastRead;
  }

  return {
    list: (): Promise<PartnerDto[]> => repo.listPartners(store.db),

    async create(actor: SignedIn, input: PartnerFields): Promise<PartnerDto> {
      const at = now();
      const id = await store.transaction(async (tx) => {
        const newId = await repo.insertPartner(tx, input, at);
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'create',
          entity: 'partner',
          entityId: newId,
        });
        return newId;
      });
      return mustGet(id);
    },

    async update(actor: SignedIn, input: PartnerFields & { id: number }): Promise<PartnerDto> {
      await agreementOf(input.id);
      const at = now();
      await store.transaction(async (tx) => {
        await repo.updatePartner(tx, input.id, input, at);
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'partner',
          entityId: input.id,
        });
      });
      return mustGet(input.id);
    },

    async exportPreview(_actor: SignedIn, f: ExportFilter): Promise<ExportPreviewDto> {
      const partner = await agreementOf(f.partnerId);
      return exportPreview(store.db, f, now(), partner.shareAfterDays);
    },

    exportLeads: leadFiles.exportLeads,
    resend: leadFiles.resend,

    async importCheck(
      _actor: SignedIn,
      input: { partnerId: number; fileName: string; content: string },
    ): Promise<ImportCheckDto> {
      const partner = await agreementOf(input.partnerId);
      const { format, leads, sender } = read(input.fileName, input.content, sha256(input.content));
      return withImportPlan(store, leads, deps.settings().timeZone, (_tx, plan) => ({
        format,
        sender: sender || partner.name,
        leads: leads.length,
        alreadyImported: plan.already,
        matches: plan.matches.map(({ seq: _seq, prospect: _prospect, ...m }) => m),
      }));
    },

    async importLeads(actor: SignedIn, input: ImportLeadsInput): Promise<ImportResultDto> {
      const partner = await agreementOf(input.partnerId);
      const digest = sha256(input.content);
      const { format, leads } = read(input.fileName, input.content, digest);
      const result = await writeImport(deps, actor, {
        partner,
        fileName: input.fileName,
        format,
        digest,
        leads,
        assignTo: input.assignTo,
        decisions: input.decisions,
      });
      lastRead = null;
      return result;
    },

    exportOutcomes: outcomes.exportOutcomes,
    importOutcomes: outcomes.importOutcomes,

    async batches(_actor: SignedIn, input: { partnerId?: number }): Promise<ShareBatchDto[]> {
      return repo.listBatches(store.db, input.partnerId ?? null);
    },
  };
}
