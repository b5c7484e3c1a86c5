// When the next call will be due if this one goes unanswered — the time a voicemail promises
// ("I'll call you Thursday around 6:00 PM"), computed by the same cadence that will schedule it.
import type { FollowUpDto } from '../../../shared/contract/dto';
import { type AttemptRecord, planAfterAttempt } from '../../../shared/domain/cadence';
import { promisedTime } from '../../../shared/domain/message/promisedTime';
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

/** What the voicemail promises, in words: "Friday around 12:45 PM". */
export const spokenDay = promisedTime;
