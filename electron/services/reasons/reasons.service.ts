// The reason bank: managers keep it; every call screen asks it for the reasons that fit a walkout.
import type { ReasonDto, SuggestedReasonDto } from '../../../shared/contract/dto';
import type { ReasonCreateInput } from '../../../shared/contract/schemas';
import { rankReasons } from '../../../shared/domain/reasonRanking';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { NotAllowedError, NotFoundError } from '../errors';
import * as walkouts from '../walkouts/walkouts.repo';
import * as repo from './reasons.repo';

const SUGGESTIONS = 5;

export function createReasonsService(deps: ServiceDeps) {
  const { db, now } = deps;

  function mustGet(id: number): ReasonDto {
    const r = repo.getReason(db, id);
    if (!r) throw new NotFoundError('That reason');
    return r;
  }

  return {
    list(_actor: SignedIn, input: { includeRetired: boolean }): ReasonDto[] {
      return repo.listReasons(db, input.includeRetired);
    },

    create(actor: SignedIn, input: ReasonCreateInput): ReasonDto {
      const at = now();
      const id = db.transaction(() => {
        const newId = repo.insertReason(db, input, actor.employee.id, at);
        recordAudit(db, {
          at,
          employeeId: actor.employee.id,
          action: 'create',
          entity: 'reason',
          entityId: newId,
        });
        return newId;
      })();
      return mustGet(id);
    },

    update(actor: SignedIn, input: ReasonCreateInput & { id: number }): ReasonDto {
      const before = mustGet(input.id);
      const at = now();
      db.transaction(() => {
        repo.updateReason(db, input.id, input, at);
        recordAudit(db, {
          at,
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'reason',
          entityId: input.id,
          detail: { before: { text: before.text, category: before.category } },
        });
      })();
      return mustGet(input.id);
    },

    retire(actor: SignedIn, input: { id: number }): ReasonDto {
      mustGet(input.id);
      const at = now();
      db.transaction(() => {
        // Retired, never deleted: attempts that used it keep pointing at its text.
        if (repo.retireReason(db, input.id, at)) {
          recordAudit(db, {
            at,
            employeeId: actor.employee.id,
            action: 'delete',
            entity: 'reason',
            entityId: input.id,
          });
        }
      })();
      return mustGet(input.id);
    },

    suggest(actor: SignedIn, input: { walkoutId: number }): SuggestedReasonDto[] {
      const walkout = walkouts.getWalkout(db, input.walkoutId);
      if (!walkout) throw new NotFoundError('That walkout');
      if (actor.employee.role === 'staff' && !walkouts.walkoutAssignedTo(db, walkout.id, actor.employee.id)) {
        throw new NotAllowedError("That lead is on another employee's calendar.");
      }
      const reasons = repo.listReasons(db, false);
      const byId = new Map(reasons.map((r) => [r.id, r]));
      const ranked = rankReasons(
        reasons,
        reasons.map((r) => ({ reasonId: r.id, ...r.stats })),
        walkout,
        now(),
        // A long-term check-back opens with what is new since the last talk.
        { limit: SUGGESTIONS, preferNewest: walkout.status === 'not_now' },
      );
      return ranked.map((r) => ({ reason: byId.get(r.reason.id)!, why: r.why, score: r.score }));
    },
  };
}
