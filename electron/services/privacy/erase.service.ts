// Erasing a person on a privacy request (owner only): find them, see what goes and which partners to
// tell, then erase their name, phone, e-mail and every text about them in one transaction with its audit
// row. Their visits, calls and credits stay as anonymous rows, so every figure of the store is unchanged.
import type { ErasedDto, ErasePreviewDto, ProspectDto, ProspectFoundDto } from '../../../shared/contract/dto';
import { localDateKey } from '../../../shared/domain/storeClock';
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
  const { db, now } = deps;

  /** A prospect that can still be erased. */
  function mustFind(prospectId: number): ProspectDto {
    const prospect = getProspect(db, prospectId);
    if (!prospect) throw new NotFoundError('That person');
    const at = repo.erasedAt(db, prospectId);
    if (at !== null) {
      throw new ConflictError(
        `This person was already erased on ${localDateKey(at, deps.settings().timeZone)}.`,
      );
    }
    return prospect;
  }

  /** Takes the person's name, phone and e-mail out of every text about someone else; rows changed. */
  function eraseMentions(prospect: ProspectDto): number {
    const terms = termsOf(prospect, deps.settings().defaultRegion);
    let changed = 0;
    for (const source of MENTION_SOURCES) {
      for (const row of rowsMentioning(db, source, source.json ? terms.map(inJson) : terms)) {
        const values = row.values.map((v) => (source.json ? scrubDetail(v, terms) : scrubText(v, terms)));
        if (values.every((v, i) => v === row.values[i])) continue;
        rewriteRow(db, source, { id: row.id, values });
        changed++;
      }
    }
    return changed;
  }

  return {
    find(_actor: SignedIn, input: { query: string }): ProspectFoundDto[] {
      const digits = input.query.replace(/\D/g, '');
      return repo.findProspectsToErase(
        db,
        { text: input.query, digits: digits.length >= 4 ? digits : null },
        FIND_LIMIT,
      );
    },

    preview(_actor: SignedIn, input: { prospectId: number }): ErasePreviewDto {
      const prospect = mustFind(input.prospectId);
      const rows = repo.rowsOfPerson(db, prospect.id);
      return {
        prospectId: prospect.id,
        name: nameOf(prospect),
        phone: prospect.phone,
        email: prospect.email,
        walkouts: rows.walkoutIds.length,
        followUps: rows.followUpIds.length,
        openFollowUps: rows.openFollowUps,
        referrals: rows.referralIds.length,
        partners: repo.partnersOfPerson(db, prospect.id),
      };
    },

    erase(actor: SignedIn, input: { prospectId: number; confirm: string }): ErasedDto {
      const prospect = mustFind(input.prospectId);
      const name = nameOf(prospect);
      if (!confirmsName(input.confirm, name)) {
        const message = `Type the name exactly as shown, “${name}”, to confirm.`;
        throw new ValidationError(message, [{ path: 'confirm', message }]);
      }
      const at = now();
      return db.transaction((): ErasedDto => {
        const rows = repo.rowsOfPerson(db, prospect.id);
        const partners = repo.partnersOfPerson(db, prospect.id);
        const followUpsCancelled = cancelOpenFollowUpsOfProspect(db, prospect.id);
        repo.eraseProspect(db, prospect.id, at);
        repo.eraseWalkoutTexts(db, prospect.id, at);
        repo.eraseFollowUpTexts(db, rows.followUpIds);
        repo.eraseReferralTexts(db, rows.referralIds);
        const own = repo.auditRowsOfPerson(db, prospect.id, rows);
        for (const row of own) repo.setAuditDetail(db, row.id, scrubDetail(row.detail, 'all'));
        const mentions = eraseMentions(prospect);
        const result: ErasedDto = {
          prospectId: prospect.id,
          walkouts: rows.walkoutIds.length,
          followUpsCancelled,
          auditRows: own.length,
          mentions,
          partners,
        };
        // The request itself, in numbers and ids only: what was erased is not repeated here.
        recordAudit(db, {
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
      })();
    },
  };
}
