// A walkout's whole story, as the call screen and the manager's desk read it.
import type { WalkoutStoryDto } from '../../../shared/contract/dto';
import type { Executor } from '../../db/store';
import { creditsOfWalkout } from '../credits/credits.repo';
import { NotFoundError } from '../errors';
import { followUpsOfWalkout } from '../followUps/followUps.repo';
import { partnerOrigin, sharedWith } from '../partners/partners.repo';
import { getProspect } from '../prospects/prospects.repo';
import { referralsOfWalkout, referrerName } from '../referrals/referrals.repo';
import { getWalkout, otherVisits } from './walkouts.repo';

export async function storyOf(ex: Executor, walkoutId: number): Promise<WalkoutStoryDto> {
  const walkout = await getWalkout(ex, walkoutId);
  if (!walkout) throw new NotFoundError('That walkout');
  return {
    walkout,
    prospect: (await getProspect(ex, walkout.prospectId))!,
    referrals: await referralsOfWalkout(ex, walkout.id),
    credits: await creditsOfWalkout(ex, walkout.id),
    referredBy: await referrerName(ex, walkout.prospectId),
    sharedWith: await sharedWith(ex, walkout.id),
    origin: await partnerOrigin(ex, walkout.id),
    otherVisits: await otherVisits(ex, walkout.prospectId, walkout.id),
    followUps: await followUpsOfWalkout(ex, walkout.id),
  };
}
