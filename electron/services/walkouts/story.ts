// A walkout's whole story, as the call screen and the manager's desk read it.
import type { EmployeeDto, OtherVisitDto, WalkoutStoryDto } from '../../../shared/contract/dto';
import type { Executor } from '../../db/store';
import { creditsOfWalkout } from '../credits/credits.repo';
import { NotFoundError } from '../errors';
import { followUpsOfWalkout } from '../followUps/followUps.repo';
import { partnerOrigin, sharedWith } from '../partners/partners.repo';
import { getProspect } from '../prospects/prospects.repo';
import { referralsOfWalkout, referrerName } from '../referrals/referrals.repo';
import { correctionsOf } from './correction.repo';
import { getWalkout, otherVisits } from './walkouts.repo';

/**
 * `viewer` is who reads it: a staff member sees the prospect's visits held by other reps as date and rep
 * only (OtherVisitDto), so a returning be-back's story never shows another rep's notes or calls.
 */
export async function storyOf(
  ex: Executor,
  walkoutId: number,
  viewer: EmployeeDto,
): Promise<WalkoutStoryDto> {
  const walkout = await getWalkout(ex, walkoutId);
  if (!walkout) throw new NotFoundError('That walkout');
  const fullView = viewer.role !== 'staff';
  return {
    walkout,
    prospect: (await getProspect(ex, walkout.prospectId))!,
    referrals: await referralsOfWalkout(ex, walkout.id),
    credits: await creditsOfWalkout(ex, walkout.id),
    referredBy: await referrerName(ex, walkout.prospectId),
    sharedWith: await sharedWith(ex, walkout.id),
    origin: await partnerOrigin(ex, walkout.id),
    otherVisits: (await otherVisits(ex, walkout.prospectId, walkout.id, viewer.id)).map(
      (v): OtherVisitDto => ({
        visitedAt: v.visitedAt,
        employeeName: v.employeeName,
        detail: fullView || v.viewerHasIt === 1 ? { id: v.id, product: v.product, status: v.status } : null,
      }),
    ),
    followUps: await followUpsOfWalkout(ex, walkout.id),
    corrections: await correctionsOf(ex, walkout.id),
  };
}
