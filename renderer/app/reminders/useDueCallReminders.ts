// While someone is signed in and the PC is not locked: watches their own calendar (My day's query, kept
// fresh by the change feed), notifies each call as it falls due, keeps the due count on the header and the
// window, and opens the call a notification names when it is clicked.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CalendarDayDto } from '../../../shared/contract/dto';
import { useApiQuery } from '../../api/useApi';
import { prospectName } from '../../ui/labels';
import { chooseReminders, notifier, type ReminderPermission, remindersChosen } from './notifier';
import { reminderNotices } from './reminderNotices';
import { type DueCall, ReminderSchedule } from './reminderSchedule';

/** Look again at least this often, so a PC clock that jumped (sleep, a time change) is caught up soon. */
const LONGEST_WAIT_MS = 60_000 * 15;

/** The calls on the day's pages; the soonest of today's are on its first page, so each is seen as it falls due. */
function dueCalls(day: CalendarDayDto): DueCall[] {
  return [...day.overdue, ...day.today, ...day.upcoming].map((row) => ({
    followUpId: row.followUp.id,
    assigneeId: row.followUp.assigneeId,
    dueAt: row.followUp.dueAt,
    prospectName: prospectName(row.prospect),
    purpose: row.followUp.purpose,
  }));
}

/** My day's address opening one call (null: My day itself). */
export function callPath(followUpId: number | null): string {
  return followUpId === null ? '/day' : `/day?call=${followUpId}`;
}

export function useDueCallReminders({ employeeId, locked }: { employeeId: number; locked: boolean }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  // The same query (and cache entry) as My day's own calendar.
  const day = useApiQuery('calendar.day', {});
  const [enabled, setEnabled] = useState(remindersChosen);
  const [permission, setPermission] = useState<ReminderPermission>(notifier.permission);
  const [dueCount, setDueCount] = useState(0);
  // Due times are the store's clock: this PC's clock, corrected by how far it was off when the day was read.
  const offset = useRef(0);
  if (day.data) offset.current = day.data.now - day.dataUpdatedAt;
  const [schedule] = useState(() => new ReminderSchedule(() => Date.now() + offset.current));
  const open = useRef((followUpId: number | null) => navigate(callPath(followUpId)));
  open.current = (followUpId) => navigate(callPath(followUpId));

  useEffect(() => notifier.onClicked((id) => open.current(id)), []);

  const showing = enabled && permission === 'granted';
  const data = day.data;
  useEffect(() => {
    if (!data) return;
    const calls = dueCalls(data);
    let timer: number | undefined;
    const look = () => {
      window.clearTimeout(timer);
      const seen = schedule.check(calls, { kind: locked ? 'locked' : 'active', employeeId });
      // The day holds a page of each section: overdue ones are counted by the server, then those fallen due since.
      const fellDue = seen.dueNow.filter((c) => c.dueAt >= data.now).length;
      setDueCount(seen.dueNow.length === 0 ? 0 : data.counts.overdue + fellDue);
      // Marked as notified either way: turning reminders on later does not bring a burst of old calls.
      if (showing) for (const notice of reminderNotices(seen.toNotify)) notifier.show(notice, open.current);
      // My day reads the call that fell due again, so it moves to Overdue without anyone touching the screen.
      if (seen.toNotify.length > 0) void client.invalidateQueries({ queryKey: ['calendar.day'] });
      if (seen.nextDueAt !== null) {
        const wait = seen.nextDueAt - (Date.now() + offset.current);
        timer = window.setTimeout(look, Math.max(0, Math.min(wait, LONGEST_WAIT_MS)));
      }
    };
    look();
    // A PC waking from sleep runs late timers late: look as soon as the page is shown again.
    document.addEventListener('visibilitychange', look);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', look);
    };
  }, [data, locked, employeeId, showing, schedule, client]);

  useEffect(() => notifier.setDueCount(locked ? 0 : dueCount), [dueCount, locked]);
  // Signing out clears the count from the window: the next person sees none of it.
  useEffect(() => () => notifier.setDueCount(0), []);

  return {
    dueCount: locked ? 0 : dueCount,
    on: showing,
    permission,
    /** From a click: asks the browser when it has not been asked, and remembers the choice. */
    async turnOn() {
      const answer = permission === 'default' ? await notifier.ask() : permission;
      setPermission(answer);
      chooseReminders(true);
      setEnabled(true);
    },
    turnOff() {
      chooseReminders(false);
      setEnabled(false);
    },
  };
}
