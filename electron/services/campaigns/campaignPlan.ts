// Who hears about a new reason, and when: the fitting open and not-now walkouts, each on its owner's
// calendar, spread over business days so no calendar gets more than the daily cap.
import type { CampaignPreviewDto } from '../../../shared/contract/dto';
import { type ReasonForRanking, reasonFit } from '../../../shared/domain/reasonRanking';
import type { Settings } from '../../../shared/domain/settings';
import { localDateKey, nextAllowedInstant, nextBusinessDayAt } from '../../../shared/domain/storeClock';
import type { Channel } from '../../../shared/domain/vocab';
import { channelFor } from '../walkouts/channelFor';
import type { CampaignCandidate, PlannedCall } from './campaigns.repo';

/** Campaign calls are set a little after opening, when the floor is quiet. */
const MINUTES_AFTER_OPEN = 30;
const SAMPLE_SIZE = 20;

export interface CampaignPlan {
  preview: CampaignPreviewDto;
  calls: PlannedCall[];
}

export type Excluded = keyof CampaignPreviewDto['excluded'];

export function exclusionOf(c: CampaignCandidate): Excluded | null {
  if (c.doNotContact) return 'doNotContact';
  if (!c.contactOk) return 'contactNotOk';
  if (!c.hasContact) return 'noContactDetails';
  if (c.alreadyInCampaign) return 'alreadyInCampaign';
  // A lead not yet called gets its first call as planned; the call screen will suggest the reason.
  if (c.openPurpose === 'first_contact') return 'firstCallStillDue';
  if (!c.ownerActive) return 'ownerInactive';
  return null;
}

/** Business-day slots shared by every calendar: day i's instant for each channel, computed once. */
function daySlots(now: number, s: Settings) {
  const days: number[] = [];
  const byChannel = new Map<string, number>();
  const dayAt = (i: number): number => {
    while (days.length <= i) {
      days.push(nextBusinessDayAt(days.length === 0 ? now : days[days.length - 1], MINUTES_AFTER_OPEN, s));
    }
    return days[i];
  };
  return {
    dayAt,
    dueAt(i: number, channel: Channel): number {
      const key = `${i}:${channel}`;
      let due = byChannel.get(key);
      if (due === undefined) {
        due = nextAllowedInstant(dayAt(i), channel, s);
        byChannel.set(key, due);
      }
      return due;
    },
  };
}

export interface PlanInput {
  reason: ReasonForRanking;
  candidates: CampaignCandidate[];
  load: { assigneeId: number; dueAt: number }[];
  settings: Settings;
  now: number;
  employeeNames: Map<number, string>;
  /** Names of the sample rows, read after the plan picked them. */
  sampleNames: (walkoutIds: number[]) => Promise<Map<number, { prospect: string; owner: string }>>;
  /** Called every `chunk` candidates so a long plan can report progress (and yield). */
  onProgress?: (done: number, total: number) => void;
}

export async function planCampaign(input: PlanInput): Promise<CampaignPlan> {
  const { reason, candidates, settings: s, now } = input;
  const cap = s.campaignDailyCap;
  const slots = daySlots(now, s);
  const loadByDay = new Map<string, number>();
  for (const l of input.load) {
    const k = `${l.assigneeId}:${localDateKey(l.dueAt, s.timeZone)}`;
    loadByDay.set(k, (loadByDay.get(k) ?? 0) + 1);
  }
  // Each calendar fills day by day from the first business day after today.
  const cursor = new Map<number, { day: number; used: number }>();
  const dayKeys: string[] = [];
  const dayKey = (i: number) => {
    while (dayKeys.length <= i) dayKeys.push(localDateKey(slots.dayAt(dayKeys.length), s.timeZone));
    return dayKeys[i];
  };
  const nextSlot = (owner: number): number => {
    let c = cursor.get(owner);
    if (!c) {
      c = { day: 0, used: loadByDay.get(`${owner}:${dayKey(0)}`) ?? 0 };
      cursor.set(owner, c);
    }
    while (c.used >= cap) {
      c.day++;
      c.used = loadByDay.get(`${owner}:${dayKey(c.day)}`) ?? 0;
    }
    c.used++;
    return c.day;
  };

  const excluded: CampaignPreviewDto['excluded'] = {
    doNotContact: 0,
    contactNotOk: 0,
    noContactDetails: 0,
    alreadyInCampaign: 0,
    firstCallStillDue: 0,
    ownerInactive: 0,
  };
  const perEmployee = new Map<number, CampaignPreviewDto['perEmployee'][number]>();
  const sampled: CampaignCandidate[] = [];
  const calls: PlannedCall[] = [];
  let fitting = 0;

  for (let i = 0; i < candidates.length; i++) {
    if (input.onProgress && i % 5000 === 0) input.onProgress(i, candidates.length);
    const c = candidates[i];
    if (!reasonFit(reason, c).fits) continue;
    fitting++;
    const why = exclusionOf(c);
    if (why) {
      excluded[why]++;
      continue;
    }
    const channel = channelFor(c.preferredChannel, c.phone, c.email);
    const dueAt = slots.dueAt(nextSlot(c.ownerId), channel);
    calls.push({ walkoutId: c.walkoutId, assigneeId: c.ownerId, dueAt, channel, replaces: c.openFollowUpId });
    const row = perEmployee.get(c.ownerId);
    if (row) {
      row.count++;
      row.firstDueAt = Math.min(row.firstDueAt, dueAt);
      row.lastDueAt = Math.max(row.lastDueAt, dueAt);
    } else {
      perEmployee.set(c.ownerId, {
        employeeId: c.ownerId,
        name: input.employeeNames.get(c.ownerId) ?? '',
        count: 1,
        firstDueAt: dueAt,
        lastDueAt: dueAt,
      });
    }
    if (sampled.length < SAMPLE_SIZE) sampled.push(c);
  }
  input.onProgress?.(candidates.length, candidates.length);
  const names = await input.sampleNames(sampled.map((c) => c.walkoutId));
  const sample = sampled.map((c) => ({
    walkoutId: c.walkoutId,
    prospectName: names.get(c.walkoutId)?.prospect ?? '',
    product: c.product,
    objection: c.objection,
    ownerName: names.get(c.walkoutId)?.owner ?? '',
  }));
  return {
    calls,
    preview: {
      reasonId: reason.id,
      fitting,
      eligible: calls.length,
      excluded,
      perEmployee: [...perEmployee.values()].sort(
        (a, b) => b.count - a.count || a.name.localeCompare(b.name),
      ),
      sample,
      dailyCap: cap,
    },
  };
}
