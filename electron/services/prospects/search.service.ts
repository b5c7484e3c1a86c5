// Prospect search (Ctrl+K): a be-back walks in and the counter finds them by name, phone or e-mail.
import type { ProspectHitDto } from '../../../shared/contract/dto';
import { parseSearchQuery } from '../../../shared/domain/prospectSearch';
import type { ServiceDeps, SignedIn } from '../context';
import { ValidationError } from '../errors';
import { toProspectDto } from './prospects.repo';
import { returningCard } from './returningProspect';
import { searchProspects } from './search.repo';

/** One screenful: the dialog lists these, best first. */
export const SEARCH_LIMIT = 20;

const MATCHED_ON = ['exact', 'name', 'contact'] as const;

export function createSearchService(deps: ServiceDeps) {
  return {
    async search(actor: SignedIn, input: { query: string }): Promise<ProspectHitDto[]> {
      const query = parseSearchQuery(input.query, deps.settings().defaultRegion);
      if (query.kind === 'short')
        throw new ValidationError(query.hint, [{ path: 'query', message: query.hint }]);
      // Staff see their own leads in full; managers and the owner every lead.
      const viewer = actor.employee.role === 'staff' ? actor.employee.id : null;
      const rows = await searchProspects(deps.store.db, query, viewer, SEARCH_LIMIT);
      return rows.map((r): ProspectHitDto => {
        const card = r.own_walkout_id === null;
        const prospect = toProspectDto(r);
        return {
          prospect: card ? returningCard(prospect) : prospect,
          card,
          matchedOn: MATCHED_ON[r.rank] ?? 'contact',
          walkoutCount: Number(r.walkout_count),
          lastVisitAt: Number(r.last_visit_at),
          employeeName: r.employee_name,
          status: r.status,
          walkoutId: card ? null : Number(r.own_walkout_id),
        };
      });
    },
  };
}
