// When an imported walkout's first call is due: one business day after another from the next opening,
// no day holding more than the campaign daily cap of imported calls on the chosen employee's calendar
// (counting those an earlier import already put there), each inside the store's hours and call window.
import type { Settings } from '../../../shared/domain/settings';
import { localDateKey, nextAllowedInstant, nextBusinessDayAt } from '../../../shared/domain/storeClock';
import type { Channel } from '../../../shared/domain/vocab';

export interface FirstCallSpread {
  /** The next call's due time on this channel; each call takes a place on its day. */
  next(channel: Channel): number;
  /** Days used so far and the span of due times handed out. */
  summary(): { days: number; firstDueAt: number | null; lastDueAt: number | null };
}

/** `load`: due times of the employee's open imported calls already booked from now on. */
export function spreadFirstCalls(now: number, s: Settings, load: readonly number[]): FirstCallSpread {
  const cap = s.campaignDailyCap;
  const booked = new Map<string, number>();
  for (const t of load) {
    const k = localDateKey(t, s.timeZone);
    booked.set(k, (booked.get(k) ?? 0) + 1);
  }
  // Day 0 opens on the next business day: an imported walkout is old news, not a call for the next hour.
  let dayAt = nextBusinessDayAt(now, 0, s);
  let used = booked.get(localDateKey(dayAt, s.timeZone)) ?? 0;
  const usedDays = new Set<string>();
  let firstDueAt: number | null = null;
  let lastDueAt: number | null = null;
  return {
    next(channel) {
      while (used >= cap) {
        dayAt = nextBusinessDayAt(dayAt, 0, s);
        used = booked.get(localDateKey(dayAt, s.timeZone)) ?? 0;
      }
      used++;
      usedDays.add(localDateKey(dayAt, s.timeZone));
      const due = nextAllowedInstant(dayAt, channel, s);
      firstDueAt = firstDueAt === null ? due : Math.min(firstDueAt, due);
      lastDueAt = lastDueAt === null ? due : Math.max(lastDueAt, due);
      return due;
    },
    summary: () => ({ days: usedDays.size, firstDueAt, lastDueAt }),
  };
}
