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
  const { store, now } = deps;

  async function mustGet(id: number): Promise<ReasonDto> {
    const r = await repo.getReason(store.db, id);
    if (!r) throw new NotFoundError('That reason');
    return r;
  }

  return {
    async list(_actor: SignedIn, input: { includeRetired: boolean }): Promise<ReasonDto[]> {
      return repo.listReasons(store.db, input.includeRetired);
    },

    async create(actor: SignedIn, input: ReasonCreateInput): Promise<ReasonDto> {
      const at = now();
      const id = await store.transaction(async (tx) => {
        const newId = await repo.insertReason(tx, input, actor.employee.id, at);
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'create',
          entity: 'reason',
          entityId: newId,
        });
        return newId;
      });
      return await mustGet(id);
    },

    async update(actor: SignedIn, input: ReasonCreateInput & { id: number }): Promise<ReasonDto> {
      const before = await mustGet(input.id);
      const at = now();
      await store.transaction(async (tx) => {
        await repo.updateReason(tx, input.id, input, at);
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'reason',
          entityId: input.id,
          detail: { before: { text: before.text, category: before.category } },
        });
      });
      return await mustGet(input.id);
    },

    async retire(actor: SignedIn, input: { id: number }): Promise<ReasonDto> {
      await mustGet(input.id);
      const at = now();
      await store.transaction(async (tx) => {
        // Retired, never deleted: attempts that used it keep pointing at its text.
        if (await repo.retireReason(tx, input.id, at)) {
          await recordAudit(tx, {
            at,
            employeeId: actor.employee.id,
            action: 'delete',
            entity: 'reason',
            entityId: input.id,
          });
        }
      });
      return await mustGet(input.id);
    },

    async suggest(actor: SignedIn, input: { walkoutId: number }): Promise<SuggestedReasonDto[]> {
      const walkout = await walkouts.getWalkout(store.db, input.walkoutId);
      if (!walkout) throw new NotFoundError('That walkout');
      if (
        actor.employee.role === 'staff' &&
        !(await walkouts.walkoutAssignedTo(store.db, walkout.id, actor.employee.id))
      ) {
        throw new NotAllowedError("That lead is on another employee's calendar.");
      }
      const reasons = await repo.listReasons(store.db, false);
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
