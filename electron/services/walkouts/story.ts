// A walkout's whole story, as the call screen and the manager's desk read it.
import type { WalkoutStoryDto } from '../../../shared/contract/dto';
import type { Db } from '../../db/open';
import { creditsOfWalkout } from '../credits/credits.repo';
import { NotFoundError } from '../errors';
import { followUpsOfWalkout } from '../followUps/followUps.repo';
import { partnerOrigin, sharedWith } from '../partners/partners.repo';
import { getProspect } from '../prospects/prospects.repo';
import { referralsOfWalkout, referrerName } from '../referrals/referrals.repo';
import { getWalkout, otherVisits } from './walkouts.repo';

export function storyOf(db: Db, walkoutId: number): WalkoutStoryDto {
  const walkout = getWalkout(db, walkoutId);
  if (!walkout) throw new NotFoundError('That walkout');
  return {
    walkout,
    prospect: getProspect(db, walkout.prospectId)!,
    referrals: referralsOfWalkout(db, walkout.id),
    credits: creditsOfWalkout(db, walkout.id),
    referredBy: referrerName(db, walkout.prospectId),
    sharedWith: sharedWith(db, walkout.id),
    origin: partnerOrigin(db, walkout.id),
    otherVisits: otherVisits(db, walkout.prospectId, walkout.id),
    followUps: followUpsOfWalkout(db, walkout.id),
  };
}
