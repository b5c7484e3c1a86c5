// "My day": overdue, due today and upcoming follow-ups; managers can open anyone's calendar.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CalendarRowDto, EmployeeDto } from '../../../shared/contract/dto';
import { useServerLost } from '../../api/serverLost';
import { useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { ActiveEmployeeOptions } from '../../ui/EmployeeSelect';
import { EmptyState } from '../../ui/EmptyState';
import { WalkoutDesk } from '../walkout/WalkoutDesk';
import { CalendarSection } from './CalendarSection';
import { CallSheet } from './CallSheet';
import { DayTools } from './DayTools';
import { FollowUpPanel } from './FollowUpPanel';
import styles from './MyDay.module.css';
import { UndoLastOutcome } from './UndoLastOutcome';
import { useLeaveCall } from './useLeaveCall';
import { WithoutNextCall } from './WithoutNextCall';

export function MyDay({ me }: { me: EmployeeDto }) {
  const lead = me.role !== 'staff';
  const [employeeId, setEmployeeId] = useState(me.id);
  const [selected, setSelected] = useState<CalendarRowDto | null>(null);
  const [lastResult, setLastResult] = useState<string | null>(null);
  // After a sale the walkout stays open on the desk: referrals are asked for while the customer is happy.
  const [soldWalkout, setSoldWalkout] = useState<number | null>(null);
  // The header's reminders hold the same query: opening My day still reads the day afresh (a few ms).
  const day = useApiQuery('calendar.day', employeeId === me.id ? {} : { employeeId }, {
    refetchOnMount: 'always',
  });
  const serverLost = useServerLost();

  // Leaving an open call with something typed asks first (Esc, Close, another row or calendar, a tab).
  const leaveCall = useLeaveCall(me.id);
  // A call closed with Esc or Close hands focus back to its row, so the keyboard carries on from there.
  const [closed, setClosed] = useState<{ followUpId: number } | null>(null);
  useEffect(() => {
    if (closed) document.querySelector<HTMLElement>(`[data-follow-up="${closed.followUpId}"]`)?.focus();
  }, [closed]);
  const open = (row: CalendarRowDto) => {
    if (row.followUp.id === selected?.followUp.id) return;
    leaveCall.askToLeave(() => {
      setSelected(row);
      setSoldWalkout(null);
      setLastResult(null);
    });
  };
  // A clicked reminder opens its call: /day?call=<follow-up id>, always on the signed-in employee's calendar.
  // The call is read on its own: on a long calendar it may lie beyond the pages read so far.
  const [params, setParams] = useSearchParams();
  const wanted = Number(params.get('call')) || null;
  const entry = useApiQuery(
    'calendar.entry',
    { followUpId: wanted ?? 1 },
    { enabled: wanted !== null && employeeId === me.id },
  );
  useEffect(() => {
    if (wanted === null) return;
    if (employeeId !== me.id) return setEmployeeId(me.id);
    if (entry.isFetching || entry.isPending) return;
    setParams({}, { replace: true });
    if (entry.data) open(entry.data);
    else setLastResult('That call is no longer open on your calendar: someone has already made it.');
  });
  const counts = day.data?.counts;
  const total = counts ? counts.overdue + counts.today + counts.upcoming : 0;

  return (
    <div className="myday">
      <div className="screen-head">
        <h1>{employeeId === me.id ? 'My day' : `${day.data?.employee.name ?? ''}'s calendar`}</h1>
        {lead && (
          <label className="inline">
            Calendar of{' '}
            <select
              aria-label="Calendar of"
              value={employeeId}
              onChange={(e) => {
                const id = Number(e.target.value);
                leaveCall.askToLeave(() => {
                  setEmployeeId(id);
                  setSelected(null);
                });
              }}
            >
              <ActiveEmployeeOptions />
            </select>
          </label>
        )}
        <DayTools ownCalendar={employeeId === me.id} />
      </div>
      {day.error && !serverLost && <Banner tone="error">{day.error.message}</Banner>}
      {!day.data && serverLost && (
        // The banner at the top says the server is away; here, what that means for this screen.
        <EmptyState
          title="The calendar is on the store server"
          next="It shows here again as soon as the server answers: nothing on it is lost."
        />
      )}
      {lastResult && <Banner tone="ok">{lastResult}</Banner>}
      <UndoLastOutcome employeeId={employeeId} onReopened={open} />
      {day.data && (
        <div className={selected || soldWalkout ? `${styles.body} ${styles.withPanel}` : styles.body}>
          <div className={styles.calendarList}>
            {total === 0 ? (
              <EmptyState
                title="Nothing on this calendar"
                next="Log the next walkout with F2: its first call lands here, due the same day."
              />
            ) : (
              <>
                <CalendarSection
                  title="Overdue"
                  tone="danger"
                  section="overdue"
                  day={day.data}
                  selected={selected}
                  onOpen={open}
                />
                <CalendarSection
                  title="Due today"
                  tone="today"
                  section="today"
                  day={day.data}
                  selected={selected}
                  onOpen={open}
                />
                <CalendarSection
                  title="Upcoming"
                  tone="later"
                  section="upcoming"
                  day={day.data}
                  selected={selected}
                  onOpen={open}
                />
              </>
            )}
            {/* Also under an empty calendar, where leads with no call are most easily forgotten; only on
                one's own calendar, since the list is the signed-in employee's (the desk has the team's). */}
            {employeeId === me.id && <WithoutNextCall scope="mine" />}
          </div>
          {selected && (
            <FollowUpPanel
              key={selected.followUp.id}
              row={selected}
              signedInId={me.id}
              now={day.data.now}
              timeZone={day.data.timeZone}
              canReassign={lead}
              onDone={(message, sold) => {
                setSelected(null);
                setLastResult(message);
                setSoldWalkout(sold ? selected.walkout.id : null);
              }}
              onClose={() =>
                leaveCall.askToLeave(() => {
                  setSelected(null);
                  setClosed({ followUpId: selected.followUp.id });
                })
              }
              onUnsaved={leaveCall.onUnsaved}
              onFocusInside={leaveCall.onFocusInside}
            />
          )}
          {!selected && soldWalkout !== null && (
            <WalkoutDesk
              walkoutId={soldWalkout}
              me={me}
              now={day.data.now}
              onClose={() => setSoldWalkout(null)}
            />
          )}
        </div>
      )}
      {leaveCall.dialog}
      {day.data && <CallSheet day={day.data} />}
    </div>
  );
}
