// What a PC is told when another PC sold the walkout first: who and when; the first sale stands.
import type { WalkoutDto } from '../../../shared/contract/dto';
import type { Executor } from '../../db/store';
import { ConflictError } from '../errors';
import { whenInStore } from '../followUps/alreadyLogged';
import { saleRecordedBy } from '../walkouts/walkouts.repo';

export async function alreadySold(
  ex: Executor,
  walkout: WalkoutDto,
  now: number,
  timeZone: string,
): Promise<ConflictError> {
  const who = (await saleRecordedBy(ex, walkout.id)) ?? 'a partner';
  const when = walkout.soldAt === null ? '' : `, ${whenInStore(walkout.soldAt, now, timeZone)}`;
  return new ConflictError(`This walkout is already sold (${who}${when}). Nothing was written twice.`);
}
