// Managers close a save (or a late-logged sale) from the desk, or reopen a sale that fell through.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { InputOf } from '../../../shared/contract/channels';
import type { EmployeeDto, WalkoutStoryDto } from '../../../shared/contract/dto';
import { reopenInput } from '../../../shared/contract/schemas';
import { showServerError } from '../../api/fieldIssues';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { errorProps, Field } from '../../ui/Field';
import { formatMoney } from '../../ui/format';
import styles from './SaleActions.module.css';
import { saleFormSchema } from './saleFormValues';

export function SaleActions({ story, me }: { story: WalkoutStoryDto; me: EmployeeDto }) {
  return story.walkout.status === 'sold' ? (
    <ReopenSale story={story} />
  ) : (
    <RecordSale story={story} me={me} />
  );
}

function ReopenSale({ story }: { story: WalkoutStoryDto }) {
  const w = story.walkout;
  const reopen = useApiMutation('walkouts.reopen');
  const form = useForm<InputOf<'walkouts.reopen'>>({
    resolver: zodResolver(reopenInput),
    defaultValues: { walkoutId: w.id, why: '' },
  });
  const [problem, setProblem] = useState<string | null>(null);
  const why = form.watch('why');
  const whyError = form.formState.errors.why?.message;
  const submit = form.handleSubmit((values) => {
    setProblem(null);
    reopen.mutate(values, { onError: (err) => setProblem(showServerError(form, err)) });
  });
  return (
    <section className={styles.saleActions} aria-label="Sale">
      <p>
        Sold{' '}
        {w.closer === 'manager_save'
          ? 'by a manager save'
          : w.closer === 'partner'
            ? 'by a partner'
            : 'by the rep'}{' '}
        for {formatMoney(w.saleAmountCents)}.
      </p>
      <form className="row-fields" aria-label="Reopen the sale" noValidate onSubmit={submit}>
        <Field label="Reopen because" htmlFor="reopen-why" error={whyError}>
          <input id="reopen-why" {...errorProps('reopen-why', whyError)} {...form.register('why')} />
        </Field>
        <button type="submit" disabled={why.trim().length < 3 || reopen.isPending}>
          Reopen sale
        </button>
      </form>
      {problem && <Banner tone="error">{problem}</Banner>}
    </section>
  );
}

type SaleSchema = typeof saleFormSchema;

function RecordSale({ story, me }: { story: WalkoutStoryDto; me: EmployeeDto }) {
  const w = story.walkout;
  const record = useApiMutation('walkouts.recordSale');
  const form = useForm<z.input<SaleSchema>, unknown, z.output<SaleSchema>>({
    resolver: zodResolver(saleFormSchema),
    defaultValues: { walkoutId: w.id, closer: 'manager_save', amountCents: '' },
  });
  const [problem, setProblem] = useState<string | null>(null);
  const { errors } = form.formState;
  const ownLead = w.employeeId === me.id;
  // Which button was pressed says who closed it; the server's word on that ("your own lead") is the banner's.
  const close = (closer: 'manager_save' | 'rep') => {
    form.setValue('closer', closer);
    return form.handleSubmit((values) => {
      setProblem(null);
      record.mutate(values, { onError: (err) => setProblem(showServerError(form, err)) });
    })();
  };
  const amountError = errors.amountCents?.message;
  const closerError = errors.closer?.message;
  return (
    <section className={styles.saleActions} aria-label="Sale">
      <form
        className="row-fields"
        aria-label="Record the sale"
        noValidate
        // Enter records nothing: who closed the sale is the button the manager presses.
        onSubmit={(e) => e.preventDefault()}
      >
        <Field label="Sale amount" htmlFor="record-amount" error={amountError}>
          <input
            id="record-amount"
            inputMode="decimal"
            {...errorProps('record-amount', amountError)}
            {...form.register('amountCents')}
          />
        </Field>
        {(['manager_save', 'rep'] as const).map((closer) => (
          <button
            key={closer}
            type="button"
            className={closer === 'manager_save' ? 'primary' : ''}
            disabled={record.isPending || (closer === 'manager_save' && ownLead)}
            onClick={() => void close(closer)}
          >
            {closer === 'manager_save' ? 'Close as manager save' : `Sold by ${w.employeeName}`}
          </button>
        ))}
      </form>
      {(problem ?? closerError) && <Banner tone="error">{problem ?? closerError}</Banner>}
    </section>
  );
}
