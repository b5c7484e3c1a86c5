// How a backup reads on screen: its time in the store's zone, its size, and the words naming it.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { BackupDto } from '../../../shared/contract/dto';
import { plural } from '../../ui/format';

/** "Mon 23 Nov 2026, 10:00:05 AM": to the second, as two backups can fall in one minute. */
export function backupTime(t: number, timeZone: string): string {
  return format(new TZDate(t, timeZone), 'EEE d MMM yyyy, h:mm:ss a');
}

/** "12.4 MB"; a fresh store's copy reads "< 0.1 MB" rather than "0.0 MB". */
export function backupSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 0.1) return '< 0.1 MB';
  return `${mb.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

/** "Mon 23 Nov 2026, 10:00:05 AM (3 walkouts)": what a restore dialog or picker calls a backup. */
export function backupName(b: Pick<BackupDto, 'createdAt' | 'walkouts'>, timeZone: string): string {
  return `${backupTime(b.createdAt, timeZone)} (${plural(b.walkouts, 'walkout')})`;
}
