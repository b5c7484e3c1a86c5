// What a PC is told when its call was logged or taken off the calendar by another PC first: who and when, in
// the store's time, and that nothing was written twice (the first write stands, this one wrote nothing).
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { FollowUpDto } from '../../../shared/contract/dto';
import { localDateKey } from '../../../shared/domain/storeClock';
import { ConflictError } from '../errors';

/** When the other PC wrote, in store time: today's by the time alone, an older one with its day. */
export function whenInStore(t: number, now: number, timeZone: string): string {
  const sameDay = localDateKey(t, timeZone) === localDateKey(now, timeZone);
  return format(new TZDate(t, timeZone), sameDay ? 'HH:mm' : 'd MMM, HH:mm');
}

export function alreadyLogged(followUp: FollowUpDto | null, now: number, timeZone: string): ConflictError {
  if (followUp?.status === 'done' && followUp.completedAt !== null) {
    const when = whenInStore(followUp.completedAt, now, timeZone);
    return new ConflictError(
      `Someone else already logged this call (${followUp.completedByName ?? 'another PC'}, ${when}). Nothing was written twice.`,
    );
  }
  return new ConflictError(
    'This call is no longer on the calendar: the lead was closed or the person came back meanwhile. Nothing was written.',
  );
}
