// What a due-call notification says: the prospect and the purpose, one per call; when many fall due at
// once (a campaign morning), one notice for all, so the desktop is not buried.
import type { ReminderNotice } from '../../../shared/contract/bridge';
import { PURPOSE_LABELS } from '../../../shared/domain/vocab';
import type { DueCall } from './reminderSchedule';

/** Up to this many calls falling due at one look get a notification each. */
export const SEPARATE_NOTICES = 3;

export function reminderNotices(calls: readonly DueCall[]): ReminderNotice[] {
  if (calls.length === 0) return [];
  if (calls.length <= SEPARATE_NOTICES) {
    return calls.map((c) => ({
      followUpId: c.followUpId,
      title: `Call due: ${c.prospectName}`,
      body: `${PURPOSE_LABELS[c.purpose]} call. Click to open it.`,
    }));
  }
  const names = calls.slice(0, SEPARATE_NOTICES).map((c) => c.prospectName);
  return [
    {
      followUpId: null,
      title: `${calls.length} calls due`,
      body: `${names.join(', ')} and ${calls.length - SEPARATE_NOTICES} more. Click to open My day.`,
    },
  ];
}

/** The window's title carries the count, as mail apps do: "(3) BeBack". */
export function titleWithCount(count: number): string {
  return count > 0 ? `(${count}) BeBack` : 'BeBack';
}
