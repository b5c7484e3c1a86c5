// The manager's audit of every calendar: per employee, the habits that turn walkouts into sales, each
// figure opening the walkouts behind it; and moving a whole calendar when someone leaves.
import { useState } from 'react';
import type { AuditRowDto, EmployeeDto } from '../../../shared/contract/dto';
import type { AuditList } from '../../../shared/contract/schemas';
import { useApiQuery } from '../../api/useApi';
import { useStoreNow } from '../../app/useStoreClock';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { plural } from '../../ui/format';
import { initialPeriod, type PeriodChoice, PeriodPicker } from '../../ui/PeriodPicker';
import { WithoutNextCall } from '../calendar/WithoutNextCall';
import { WalkoutDesk } from '../walkout/WalkoutDesk';
import styles from './Audit.module.css';
import { AuditDrillDown } from './AuditDrillDown';
import { FirstCallsOverdue } from './FirstCallsOverdue';
import { MoveCalendar } from './MoveCalendar';

const pct = (n: number, d: number) => (d === 0 ? '—' : `${Math.round((100 * n) / d)}%`);

/** The compliance cell's words: the late ones, and those too young to be on time or late yet. */
function lateText(r: AuditRowDto): string {
  const late = `${r.dueForFirstCall - r.firstAttemptIn24h} late or never called`;
  const young = r.withContact - r.dueForFirstCall;
  return young === 0 ? late : `${late}; ${young} logged under 24 h ago`;
}

export interface Drill {
  row: AuditRowDto;
  list: AuditList;
}

export function AuditScreen({ me }: { me: EmployeeDto }) {
  const now = useStoreNow();
  const { timeZone } = useStoreSettings();
  if (now === null) return <p className="muted">Loading…</p>;
  return <Audit now={now} timeZone={timeZone} me={me} />;
}

function Audit({ now, timeZone, me }: { now: number; timeZone: string; me: EmployeeDto }) {
  const [choice, setChoice] = useState<PeriodChoice>(() => initialPeriod('week', now, timeZone));
  const audit = useApiQuery('audit.team', choice.period);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [walkoutId, setWalkoutId] = useState<number | null>(null);

  const figure = (row: AuditRowDto, list: AuditList, text: string, detail: string) => (
    <button
      type="button"
      className={
        drill?.row.employeeId === row.employeeId && drill.list === list
          ? `${styles.figure} ${styles.chosen}`
          : styles.figure
      }
      aria-label={`${row.name}: ${detail}`}
      onClick={() => setDrill({ row, list })}
    >
      {text}
      <small>{detail}</small>
    </button>
  );

  return (
    <div className={styles.audit}>
      <div className="screen-head">
        <h1>Calendar audit</h1>
        <PeriodPicker
          value={choice}
          now={now}
          timeZone={timeZone}
          onChange={(c) => {
            setChoice(c);
            setDrill(null);
          }}
        />
      </div>
      <FirstCallsOverdue timeZone={timeZone} onOpen={setWalkoutId} />
      <WithoutNextCall scope="team" />
      {audit.error && <Banner tone="error">{audit.error.message}</Banner>}
      {audit.isPending && <p className="muted">Counting…</p>}
      {audit.data && (
        <div className="table-scroll">
          <table className={`table ${styles.auditTable}`}>
            <thead>
              <tr>
                <th scope="col">Employee</th>
                <th scope="col">Walkouts</th>
                <th scope="col">Contact capture</th>
                <th scope="col">First call within 24 h</th>
                <th scope="col">Attempts per walkout</th>
                <th scope="col">Next step set</th>
                <th scope="col">Overdue now</th>
                <th scope="col">No next call</th>
                <th scope="col">Survey disagrees</th>
                <th scope="col">Leaving?</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.rows.map((r) => (
                <tr key={r.employeeId} className={r.active ? '' : 'inactive'}>
                  <th scope="row">
                    {r.name}
                    <small className="muted">
                      {' '}
                      {r.role}
                      {r.saveProgram ? ' · save program' : ''}
                      {r.active ? '' : ' · left'}
                    </small>
                  </th>
                  <td>{figure(r, 'all', String(r.walkouts), `${plural(r.walkouts, 'walkout')} logged`)}</td>
                  <td>
                    {figure(
                      r,
                      'no_contact',
                      pct(r.withContact, r.walkouts),
                      `${r.walkouts - r.withContact} with no phone or email`,
                    )}
                  </td>
                  <td>
                    {figure(
                      r,
                      'late_first_attempt',
                      pct(r.firstAttemptIn24h, r.dueForFirstCall),
                      lateText(r),
                    )}
                  </td>
                  <td>{r.walkouts === 0 ? '—' : (r.attempts / r.walkouts).toFixed(1)}</td>
                  <td>
                    {figure(
                      r,
                      'no_next_step',
                      pct(r.nextStepSet, r.walkouts),
                      `${r.walkouts - r.nextStepSet} with no next step`,
                    )}
                  </td>
                  <td className={r.overdueNow > 0 ? styles.warn : ''}>
                    {figure(r, 'overdue', String(r.overdueNow), plural(r.overdueNow, 'overdue follow-up'))}
                  </td>
                  <td className={r.withoutNextCall > 0 ? styles.warn : ''}>
                    {figure(
                      r,
                      'without_next_call',
                      String(r.withoutNextCall),
                      `${plural(r.withoutNextCall, 'open lead')} with no call`,
                    )}
                  </td>
                  <td>
                    {figure(
                      r,
                      'survey_disagrees',
                      r.surveyed === 0 ? '—' : `${r.surveyDisagrees} of ${r.surveyed}`,
                      `${plural(r.surveyDisagrees, 'survey')} that heard another reason`,
                    )}
                  </td>
                  <td>
                    <MoveCalendar from={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className={walkoutId ? `${styles.body} ${styles.withPanel}` : styles.body}>
        {drill && (
          <AuditDrillDown drill={drill} period={choice.period} timeZone={timeZone} onOpen={setWalkoutId} />
        )}
        {walkoutId !== null && (
          <WalkoutDesk
            key={walkoutId}
            walkoutId={walkoutId}
            me={me}
            now={now}
            onClose={() => setWalkoutId(null)}
          />
        )}
      </div>
    </div>
  );
}
