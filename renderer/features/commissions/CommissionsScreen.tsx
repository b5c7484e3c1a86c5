// Managers and owners: the commissions desk — credits reps earned in a period, paid out with a date,
// and exported as a CSV for payroll.

import { useState } from 'react';
import type { CommissionsDto, CreditDto } from '../../../shared/contract/dto';
import { fromLocalInput } from '../../../shared/domain/localInput';
import { localDateKey } from '../../../shared/domain/storeClock';
import { CREDIT_KIND_LABELS } from '../../../shared/domain/vocab';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useStoreNow } from '../../app/useStoreClock';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { downloadCsv } from '../../ui/download';
import { EmployeeSelect } from '../../ui/EmployeeSelect';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { formatDate, formatMoney } from '../../ui/format';
import { initialPeriod, type PeriodChoice, PeriodPicker } from '../../ui/PeriodPicker';
import { SpacerRow } from '../../ui/SpacerRow';
import { useWindowRows } from '../../ui/useWindowRows';
import styles from './CommissionsScreen.module.css';

export function CommissionsScreen() {
  const now = useStoreNow();
  const { timeZone } = useStoreSettings();
  return (
    <div className={styles.commissions}>
      <div className="screen-head">
        <h1>Commissions</h1>
      </div>
      {/* "This month" and "today" come from the store's clock, so wait for it rather than guess. Keyed on
          the zone so the period is recomputed if the settings arrive after the clock. */}
      {now === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <CommissionsDesk key={timeZone} now={now} timeZone={timeZone} />
      )}
    </div>
  );
}

function CommissionsDesk({ now, timeZone }: { now: number; timeZone: string }) {
  const today = localDateKey(now, timeZone);
  const [choice, setChoice] = useState<PeriodChoice>(() => initialPeriod('month', now, timeZone));
  const [employeeId, setEmployeeId] = useState<number | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [payDate, setPayDate] = useState(today);
  const [done, setDone] = useState<string | null>(null);

  const filter = {
    from: choice.period.from,
    to: choice.period.to,
    ...(employeeId === null ? {} : { employeeId }),
  };
  // Keep the last answer on screen while another period loads, so the tables do not flash empty.
  const commissions = useApiQuery('commissions.list', filter, { placeholderData: (previous) => previous });
  const team = useApiQuery('employees.list', {});
  const markPaid = useApiMutation('commissions.markPaid');
  const exportCsv = useApiMutation('commissions.exportCsv');

  const desk = commissions.data;
  const unpaid = desk?.credits.filter((c) => c.paidAt === null) ?? [];
  // Only lines on screen count, so a line picked under another period or rep is never paid unseen.
  const selected = unpaid.filter((c) => picked.has(c.id)).map((c) => c.id);
  const paidAt = fromLocalInput(`${payDate}T12:00`, timeZone);
  const payDateProblem =
    paidAt === null
      ? 'Choose the payout date.'
      : payDate > today
        ? 'The payout date is in the future.'
        : null;

  const toggle = (id: number, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  const pay = () => {
    if (paidAt === null || selected.length === 0) return;
    setDone(null);
    markPaid.mutate(
      { creditIds: selected, paidAt },
      {
        onSuccess: ({ marked }) => {
          setPicked(new Set());
          setDone(
            `Marked ${marked} ${marked === 1 ? 'line' : 'lines'} paid on ${formatDate(paidAt, timeZone)}.`,
          );
        },
      },
    );
  };

  return (
    <>
      <div className={styles.filters}>
        <PeriodPicker value={choice} now={now} timeZone={timeZone} onChange={setChoice} />
        <Field label="Rep" htmlFor="commissions-rep">
          <EmployeeSelect
            id="commissions-rep"
            anyLabel="All reps"
            value={employeeId}
            onChange={setEmployeeId}
          />
        </Field>
        <button
          type="button"
          className={styles.export}
          disabled={!desk || desk.credits.length === 0 || exportCsv.isPending}
          onClick={() => exportCsv.mutate(filter, { onSuccess: (f) => downloadCsv(f.content, f.fileName) })}
        >
          Export CSV
        </button>
      </div>
      {commissions.error && <Banner tone="error">{commissions.error.message}</Banner>}
      {team.error && <Banner tone="error">{team.error.message}</Banner>}
      {exportCsv.error && <Banner tone="error">{exportCsv.error.message}</Banner>}
      {markPaid.error && <Banner tone="error">{markPaid.error.message}</Banner>}
      {done && <Banner tone="ok">{done}</Banner>}
      {commissions.isPending && <p className="muted">Loading credits…</p>}
      {desk && (
        <div className={commissions.isPlaceholderData ? `${styles.body} ${styles.stale}` : styles.body}>
          <Totals desk={desk} oneRep={employeeId !== null} />
          {desk.credits.length === 0 ? (
            <EmptyState title="No credits in this period" next={emptyNext(desk, employeeId !== null)} />
          ) : (
            <>
              <fieldset className={`card ${styles.payBar}`}>
                <legend className="sr-only">Pay out</legend>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={unpaid.length > 0 && selected.length === unpaid.length}
                    ref={(el) => {
                      if (el) el.indeterminate = selected.length > 0 && selected.length < unpaid.length;
                    }}
                    disabled={unpaid.length === 0}
                    onChange={(e) => setPicked(new Set(e.target.checked ? unpaid.map((c) => c.id) : []))}
                  />
                  Select all unpaid ({unpaid.length})
                </label>
                <Field label="Payout date" htmlFor="commissions-paid-on" error={payDateProblem ?? undefined}>
                  <input
                    id="commissions-paid-on"
                    type="date"
                    value={payDate}
                    max={today}
                    onChange={(e) => setPayDate(e.target.value)}
                  />
                </Field>
                <button
                  type="button"
                  className="primary"
                  disabled={selected.length === 0 || payDateProblem !== null || markPaid.isPending}
                  onClick={pay}
                >
                  Mark {selected.length} paid
                </button>
              </fieldset>
              <CreditLines credits={desk.credits} picked={picked} timeZone={timeZone} onToggle={toggle} />
            </>
          )}
        </div>
      )}
    </>
  );
}

function Totals({ desk, oneRep }: { desk: CommissionsDto; oneRep: boolean }) {
  const sum = (k: 'earnedCents' | 'paidCents' | 'owedCents') =>
    desk.perEmployee.reduce((n, e) => n + e[k], 0);
  return (
    <div className={styles.summary}>
      <dl className={styles.totals}>
        <div className={`card ${styles.owedNow}`}>
          {/* The store-wide figure: it ignores the period and, when one rep is chosen, the rep too. */}
          <dt>{oneRep ? 'Owed now, all reps and periods' : 'Owed now, all periods'}</dt>
          <dd>{formatMoney(desk.owedAllTimeCents)}</dd>
        </div>
        <div className="card">
          <dt>Earned in period</dt>
          <dd>{formatMoney(sum('earnedCents'))}</dd>
        </div>
        <div className="card">
          <dt>Paid</dt>
          <dd>{formatMoney(sum('paidCents'))}</dd>
        </div>
        <div className="card">
          <dt>Owed for period</dt>
          <dd>{formatMoney(sum('owedCents'))}</dd>
        </div>
      </dl>
      {desk.perEmployee.length > 0 && (
        <div>
          <h2 id="commissions-by-rep">By rep, credits earned in this period</h2>
          <table className="table" aria-labelledby="commissions-by-rep">
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col" className={styles.num}>
                  Earned
                </th>
                <th scope="col" className={styles.num}>
                  Paid
                </th>
                <th scope="col" className={styles.num}>
                  Owed
                </th>
              </tr>
            </thead>
            <tbody>
              {desk.perEmployee.map((e) => (
                <tr key={e.employeeId}>
                  <td>{e.name}</td>
                  <td className={styles.num}>{formatMoney(e.earnedCents)}</td>
                  <td className={styles.num}>{formatMoney(e.paidCents)}</td>
                  <td className={e.owedCents > 0 ? `${styles.num} ${styles.owed}` : styles.num}>
                    {formatMoney(e.owedCents)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

interface CreditLinesProps {
  credits: CreditDto[];
  picked: ReadonlySet<number>;
  timeZone: string;
  onToggle: (id: number, on: boolean) => void;
}

/** A line's height before it is measured; lines up to a few hundred are drawn whole (they print whole). */
const LINE_ESTIMATE = 45;
const DRAWN_WHOLE = 300;
const COLUMNS = 10;

function CreditLines({ credits, picked, timeZone, onToggle }: CreditLinesProps) {
  const day = (t: number | null) => (t === null ? '—' : formatDate(t, timeZone));
  const lines = useWindowRows<HTMLTableSectionElement>(credits.length, {
    estimate: LINE_ESTIMATE,
    overscan: 20,
    wholeUpTo: DRAWN_WHOLE,
  });
  return (
    <div>
      <h2 id="commissions-lines">Credit lines</h2>
      <table
        className={`table ${styles.creditLines}`}
        aria-labelledby="commissions-lines"
        aria-rowcount={credits.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Pay</th>
            <th scope="col">Rep</th>
            <th scope="col">Credit for</th>
            <th scope="col">Customer</th>
            <th scope="col">Product</th>
            <th scope="col">Sold on</th>
            <th scope="col" className={styles.num}>
              Sale
            </th>
            <th scope="col" className={styles.num}>
              Credit
            </th>
            <th scope="col">Earned on</th>
            <th scope="col">Paid on</th>
          </tr>
        </thead>
        <tbody ref={lines.ref}>
          <SpacerRow height={lines.before} columns={COLUMNS} />
          {lines.items.map((item) => {
            const c = credits[item.index];
            return (
              <tr
                key={c.id}
                data-index={item.index}
                ref={lines.measure}
                aria-rowindex={item.index + 2}
                className={c.paidAt === null ? '' : styles.paid}
              >
                <td>
                  {c.paidAt === null && (
                    <input
                      type="checkbox"
                      checked={picked.has(c.id)}
                      aria-label={`Select ${c.employeeName} ${c.prospectName}`}
                      onChange={(e) => onToggle(c.id, e.target.checked)}
                    />
                  )}
                </td>
                <td>{c.employeeName}</td>
                <td>{CREDIT_KIND_LABELS[c.kind]}</td>
                <td>
                  {c.prospectName}
                  {c.kind === 'referral' && c.referredName && (
                    <span className={`muted ${styles.referred}`}>referred {c.referredName}</span>
                  )}
                </td>
                <td>{c.product}</td>
                <td>{day(c.soldAt)}</td>
                <td className={styles.num}>{formatMoney(c.saleAmountCents)}</td>
                <td className={styles.num}>{formatMoney(c.amountCents)}</td>
                <td>{day(c.createdAt)}</td>
                <td>
                  {c.paidAt === null ? (
                    <span className={`tag ${styles.unpaid}`}>Unpaid</span>
                  ) : (
                    `Paid ${day(c.paidAt)}`
                  )}
                </td>
              </tr>
            );
          })}
          <SpacerRow height={lines.after} columns={COLUMNS} />
        </tbody>
      </table>
    </div>
  );
}

function emptyNext(desk: CommissionsDto, oneRep: boolean): string {
  const earlier =
    desk.owedAllTimeCents > 0
      ? ` The store still owes ${formatMoney(desk.owedAllTimeCents)} from other periods — choose This year or custom dates to find those lines.`
      : '';
  const widen = oneRep ? 'Choose All reps or a longer period.' : 'Choose a longer period.';
  return `Credits appear when a manager saves a rep's walkout, a referred customer buys, or a partner sale is recorded. ${widen}${earlier}`;
}
