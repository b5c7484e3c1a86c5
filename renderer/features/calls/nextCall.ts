// When the next call will be due if this one goes unanswered — the time a voicemail promises
// ("I'll call you Thursday at 6"), computed by the same cadence that will schedule it.
import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';
import type { FollowUpDto } from '../../../shared/contract/dto';
import { type AttemptRecord, planAfterAttempt } from '../../../shared/domain/cadence';
import type { Settings } from '../../../shared/domain/settings';
import type { Channel, WalkoutStatus } from '../../../shared/domain/vocab';

export function nextCallIfUnanswered(
  followUp: FollowUpDto,
  history: FollowUpDto[],
  status: WalkoutStatus,
  channel: Channel,
  settings: Settings,
  now: number,
): number | null {
  const done: AttemptRecord[] = history
    .filter((f) => f.status === 'done' && f.outcome !== null && f.completedAt !== null)
    .map((f) => ({ purpose: f.purpose, outcome: f.outcome!, completedAt: f.completedAt! }))
    .sort((a, b) => a.completedAt - b.completedAt);
  const plan = planAfterAttempt({
    history: done,
    attempt: { purpose: followUp.purpose, outcome: 'voicemail_left', completedAt: now },
    channel,
    settings,
    currentStatus: status,
  });
  return plan.ownerNext.kind === 'schedule' ? plan.ownerNext.dueAt : null;
}

/** "Thursday at 6:00 PM", or with the date when it is more than six days away. */
export function spokenDay(t: number, now: number, timeZone: string): string {
  const at = new TZDate(t, timeZone);
  const days = differenceInCalendarDays(at, new TZDate(now, timeZone));
  if (days === 1) return `tomorrow at ${format(at, 'h:mm a')}`;
  return days <= 6 ? format(at, "EEEE 'at' h:mm a") : format(at, "EEEE, MMMM d 'at' h:mm a");
}
