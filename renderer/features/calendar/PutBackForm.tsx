// "Put back on a calendar" for one open lead with no next call: when (typed as people say it, empty for
// the first allowed slot) and, for a manager, whose calendar.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { WithoutNextCallDto } from '../../../shared/contract/dto';
import { type PutBackInput, putBackInput } from '../../../shared/contract/withoutNextCallSchemas';
import { describeWhen, readWhen, type WhenStore } from '../../../shared/domain/whenText';
import { showServerError } from '../../api/fieldIssues';
import { useApiMutation } from '../../api/useApi';
import { useStoreClock } from '../../app/useStoreClock';
import { Banner } from '../../ui/Banner';
import { ActiveEmployeeOptions } from '../../ui/EmployeeSelect';
import { errorProps } from '../../ui/Field';
import { whenText, wholeText, withTypedFields } from '../../ui/typedText';
import styles from './WithoutNextCall.module.css';

interface PutBackValues {
  walkoutId: number;
  /** As typed ("tomorrow 5pm"); empty books the first allowed slot. */
  dueAt: string;
  assigneeId: string;
}

interface Props {
  row: WithoutNextCallDto;
  /** A manager's desk: the calendar can be another employee's. */
  team: boolean;
  store: WhenStore;
}

/** The contract's put-back input, its "when" read at `now` in store time. */
const putBackSchema = (now: number, store: WhenStore) =>
  withTypedFields(putBackInput, {
    dueAt: whenText(now, store),
    assigneeId: wholeText('Choose whose calendar'),
  });

export function PutBackForm({ row, team, store }: Props) {
  const clock = useStoreClock();
  const putBack = useApiMutation('followUps.putBack');
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<PutBackValues, unknown, PutBackInput>({
    // Read when it is sent, so "in 2 hours" means from the click, not from when the list was shown.
    resolver: (values, context, options) =>
      zodResolver(putBackSchema(clock(), store))(values, context, options),
    defaultValues: { walkoutId: row.walkoutId, dueAt: '', assigneeId: String(row.employeeId) },
  });
  const typed = form.watch('dueAt');
  const reading = readWhen(typed, clock(), store);
  const error = form.formState.errors.dueAt?.message;
  const whenId = `put-back-when-${row.walkoutId}`;
  let shown = `Empty: first free slot, ${describeWhen(row.suggestedDueAt, store.timeZone)}`;
  if (reading?.ok)
    shown = describeWhen(reading.at, store.timeZone) + (reading.note ? ` · ${reading.note}` : '');
  else if (reading) shown = reading.message;

  const submit = form.handleSubmit((input) => {
    setProblem(null);
    putBack.mutate(input, { onError: (err) => setProblem(showServerError(form, err)) });
  });
  return (
    <form className={styles.action} aria-label={`Put back ${row.prospectName}`} noValidate onSubmit={submit}>
      {team && (
        <select aria-label={`Calendar for ${row.prospectName}`} {...form.register('assigneeId')}>
          <ActiveEmployeeOptions />
        </select>
      )}
      <span className={styles.when}>
        <input
          id={whenId}
          aria-label={`When to call ${row.prospectName}`}
          autoComplete="off"
          placeholder="tomorrow 5pm"
          {...errorProps(whenId, error)}
          {...(error ? {} : { 'aria-describedby': `${whenId}-reading` })}
          {...form.register('dueAt')}
        />
        {error ? (
          <span className={styles.unreadable} role="alert" id={`${whenId}-error`}>
            {error}
          </span>
        ) : (
          <span
            id={`${whenId}-reading`}
            className={reading && !reading.ok ? styles.unreadable : styles.reading}
          >
            {shown}
          </span>
        )}
      </span>
      <button type="submit" disabled={putBack.isPending}>
        Put back on a calendar
      </button>
      {problem && <Banner tone="error">{problem}</Banner>}
    </form>
  );
}
