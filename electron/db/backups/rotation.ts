// Which backups to keep: the newest few of today, the newest of each recent day and of each recent month
// (days and months in store time), every pre-update copy inside that window, and always the newest verified one.
import { TZDate } from '@date-fns/tz';
import { format, subDays, subMonths } from 'date-fns';
import type { BackupReason } from '../../../shared/domain/backups';
import { localDateKey } from '../../../shared/domain/storeClock';

export interface RotationPolicy {
  keepToday: number;
  keepDays: number;
  keepMonths: number;
}

export interface RotatedBackup {
  id: string;
  createdAt: number;
  reason: BackupReason;
  verified: boolean;
}

export function backupsToDelete(
  backups: readonly RotatedBackup[],
  now: number,
  timeZone: string,
  policy: RotationPolicy,
  /** Ids that must stay whatever their age (the copy an "Undo restore" would bring back). */
  pinned: ReadonlySet<string> = new Set(),
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt);
  const keep = new Set<string>(pinned);
  const newestVerified = newestFirst.find((b) => b.verified);
  if (newestVerified) keep.add(newestVerified.id);

  const today = localDateKey(now, timeZone);
  const recentDays = new Set(lastKeys(today, policy.keepDays, 'day'));
  const recentMonths = new Set(lastKeys(today.slice(0, 7), policy.keepMonths, 'month'));
  const keptDays = new Set<string>();
  const keptMonths = new Set<string>();
  let keptToday = 0;
  for (const b of newestFirst) {
    // A copy from before an update stays for the whole rotation window, beside the month's newest; it
    // ages out after that like the rest, so an erased person never outlives the window in a backup.
    if (b.reason === 'pre_migration' && b.verified) {
      const day = localDateKey(b.createdAt, timeZone);
      if (day === today || recentDays.has(day) || recentMonths.has(day.slice(0, 7))) keep.add(b.id);
      continue;
    }
    if (!b.verified) continue;
    const day = localDateKey(b.createdAt, timeZone);
    const month = day.slice(0, 7);
    if (day === today && keptToday < policy.keepToday) {
      keptToday++;
      keep.add(b.id);
    }
    if (day !== today && recentDays.has(day) && !keptDays.has(day)) {
      keptDays.add(day);
      keep.add(b.id);
    }
    if (recentMonths.has(month) && !keptMonths.has(month)) {
      keptMonths.add(month);
      keep.add(b.id);
    }
  }
  return newestFirst.filter((b) => !keep.has(b.id)).map((b) => b.id);
}

/** The `count` day keys before `from` (YYYY-MM-DD), or the `count` month keys from `from` back (YYYY-MM). */
function lastKeys(from: string, count: number, unit: 'day' | 'month'): string[] {
  const [y, m, d] = from.split('-').map(Number);
  const start = new TZDate(y, m - 1, d || 1, 'UTC');
  return Array.from({ length: count }, (_, i) =>
    unit === 'day' ? format(subDays(start, i + 1), 'yyyy-MM-dd') : format(subMonths(start, i), 'yyyy-MM'),
  );
}
