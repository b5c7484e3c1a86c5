// Erasing a person on a privacy request (owner only): find them, see what goes and which partners to
// tell, then erase their name, phone, e-mail and every text about them in one transaction with its audit
// row. Their visits, calls and credits stay as anonymous rows, so every figure of the store is unchanged.
import type { ErasedDto, ErasePreviewDto, ProspectDto, ProspectFoundDto } from '../../../shared/contract/dto';
import { localDateKey } from '../../../shared/domain/storeClock';
import type { Executor } from '../../db/store';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { cancelOpenFollowUpsOfProspect } from '../followUps/followUps.repo';
import { getProspect } from '../prospects/prospects.repo';
import * as repo from './erase.repo';
import { MENTION_SOURCES, rewriteRow, rowsMentioning } from './mentions.repo';
import { confirmsName, inJson, scrubDetail, scrubText, termsOf } from './scrub';

const FIND_LIMIT = 20;

const nameOf = (p: Pick<ProspectDto, 'firstName' | 'lastName'>) => `${p.firstName} ${p.lastName}`.trim();

export function createEraseService(deps: ServiceDeps) {
  const { store, now } = deps;

  /** A prospect that can still be erased. */
  async function mustFind(prospectId: number): Promise<ProspectDto> {
    const prospect = await getProspect(store.db, prospectId);
    if (!prospect) throw new NotFoundError('That person');
    const at = await repo.erasedAt(store.db, prospectId);
    if (at !== null) {
      throw new ConflictError(
        `This person was already erased on ${localDateKey(at, deps.settings().timeZone)}.`,
      );
    }
    return prospect;
  }

  /** Takes the person's name, phone and e-mail out of every text about someone else; rows changed. */
  async function eraseMentions(tx: Executor, prospect: ProspectDto): Promise<number> {
    const terms = termsOf(prospect, deps.settings().defaultRegion);
    let changed = 0;
    for (const source of MENTION_SOURCES) {
      for (const row of await rowsMentioning(tx, source, source.json ? terms.map(inJson) : terms)) {
        const values = row.values.map((v) => (source.json ? scrubDetail(v, terms) : scrubText(v, terms)));
        if (values.every((v, i) => v === row.values[i])) continue;
        await rewriteRow(tx, source, { id: row.id, values });
        changed++;
      }
    }
    return changed;
  }

  return {
    async find(_actor: SignedIn, input: { query: string }): Promise<ProspectFoundDto[]> {
      const digits = input.query.replace(/\D/g, '');
      return repo.findProspectsToErase(
        store.db,
        { text: input.query, digits: digits.length >= 4 ? digits : null },
        FIND_LIMIT,
      );
    },

    async preview(_actor: SignedIn, input: { prospectId: number }): Promise<ErasePreviewDto> {
      const prospect = await mustFind(input.prospectId);
      const rows = await repo.rowsOfPerson(store.db, prospect.id);
      return {
        prospectId: prospect.id,
        name: nameOf(prospect),
        phone: prospect.phone,
        email: prospect.email,
        walkouts: rows.walkoutIds.length,
        followUps: rows.followUpIds.length,
        openFollowUps: rows.openFollowUps,
        referrals: rows.referralIds.length,
        partners: await repo.partnersOfPerson(store.db, prospect.id),
      };
    },

    async erase(actor: SignedIn, input: { prospectId: number; confirm: string }): Promise<ErasedDto> {
      const prospect = await mustFind(input.prospectId);
      const name = nameOf(prospect);
      if (!confirmsName(input.confirm, name)) {
        const message = `Type the name exactly as shown, “${name}”, to confirm.`;
        throw new ValidationError(message, [{ path: 'confirm', message }]);
      }
      const at = now();
      return store.transaction(async (tx): Promise<ErasedDto> => {
        const rows = await repo.rowsOfPerson(tx, prospect.id);
        const partners = await repo.partnersOfPerson(tx, prospect.id);
        const followUpsCancelled = await cancelOpenFollowUpsOfProspect(tx, prospect.id);
        await repo.eraseProspect(tx, prospect.id, at);
        await repo.eraseWalkoutTexts(tx, prospect.id, at);
        await repo.eraseFollowUpTexts(tx, rows.followUpIds);
        await repo.eraseReferralTexts(tx, rows.referralIds);
        const own = await repo.auditRowsOfPerson(tx, prospect.id, rows);
        for (const row of own) await repo.setAuditDetail(tx, row.id, scrubDetail(row.detail, 'all'));
        const mentions = await eraseMentions(tx, prospect);
        const result: ErasedDto = {
          prospectId: prospect.id,
          walkouts: rows.walkoutIds.length,
          followUpsCancelled,
          auditRows: own.length,
          mentions,
          partners,
        };
        // The request itself, in numbers and ids only: what was erased is not repeated here.
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'delete',
          entity: 'prospect',
          entityId: prospect.id,
          detail: {
            erased: true,
            walkouts: result.walkouts,
            followUpsCancelled,
            auditRows: result.auditRows,
            mentions,
            partners: partners.map((p) => p.partnerId),
            batches: partners.flatMap((p) => p.batches.map((b) => b.batchId)),
          },
        });
        return result;
      });
    },
  };
}
