// A walkout's whole story, as the call screen and the manager's desk read it.
import type { EmployeeDto, OtherVisitDto, WalkoutStoryDto } from '../../../shared/contract/dto';
import type { Db } from '../../db/open';
import { creditsOfWalkout } from '../credits/credits.repo';
import { NotFoundError } from '../errors';
import { followUpsOfWalkout } from '../followUps/followUps.repo';
import { partnerOrigin, sharedWith } from '../partners/partners.repo';
import { getProspect } from '../prospects/prospects.repo';
import { referralsOfWalkout, referrerName } from '../referrals/referrals.repo';
import { getWalkout, otherVisits } from './walkouts.repo';

/**
 * `viewer` is who reads it: a staff member sees the prospect's visits held by other reps as date and rep
 * only (OtherVisitDto), so a returning be-back's story never shows another rep's notes or calls.
 */
export function storyOf(db: Db, walkoutId: number, viewer: EmployeeDto): WalkoutStoryDto {
  const walkout = getWalkout(db, walkoutId);
  if (!walkout) throw new NotFoundError('That walkout');
  const fullView = viewer.role !== 'staff';
  return {
    walkout,
    prospect: getProspect(db, walkout.prospectId)!,
    referrals: referralsOfWalkout(db, walkout.id),
    credits: creditsOfWalkout(db, walkout.id),
    referredBy: referrerName(db, walkout.prospectId),
    sharedWith: sharedWith(db, walkout.id),
    origin: partnerOrigin(db, walkout.id),
    otherVisits: otherVisits(db, walkout.prospectId, walkout.id, viewer.id).map(
      (v): OtherVisitDto => ({
        visitedAt: v.visitedAt,
        employeeName: v.employeeName,
        detail: fullView || v.viewerHasIt === 1 ? { id: v.id, product: v.product, status: v.status } : null,
      }),
    ),
    followUps: followUpsOfWalkout(db, walkout.id),
  };
}
