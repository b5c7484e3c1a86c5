// While the store shows demo data: which trade's demo (vehicles, appliances and vacuums, trade supplies),
// and the way out to a clean start with the store's own details.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { SetupStatusDto } from '../../../shared/contract/dto';
import {
  DEMO_TRADE_LABELS,
  DEMO_TRADES,
  type DemoTradeInput,
  demoTradeInput,
} from '../../../shared/contract/setupSchemas';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import styles from './DemoNote.module.css';

function DemoTradeForm({ trade }: { trade: DemoTradeInput['trade'] }) {
  const show = useApiMutation('setup.showDemo');
  const form = useForm<DemoTradeInput>({ resolver: zodResolver(demoTradeInput), defaultValues: { trade } });
  const chosen = form.watch('trade');
  const submit = form.handleSubmit((input) => show.mutate(input));
  return (
    <form className={styles.trade} aria-label="Demo store" noValidate onSubmit={submit}>
      <Field
        label="Demo store"
        htmlFor="demo-trade"
        hint="Shows another trade’s products, objections and reasons"
        error={form.formState.errors.trade?.message}
      >
        <select id="demo-trade" {...form.register('trade')}>
          {DEMO_TRADES.map((t) => (
            <option key={t} value={t}>
              {DEMO_TRADE_LABELS[t]}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" disabled={show.isPending || chosen === trade}>
        {show.isPending ? 'Making the demo…' : 'Show this demo'}
      </button>
      {show.error && <Banner tone="error">{show.error.message}</Banner>}
    </form>
  );
}

export function DemoNote({ status }: { status: SetupStatusDto }) {
  const startClean = useApiMutation('setup.startClean');
  const [confirmClean, setConfirmClean] = useState(false);
  return (
    <section className={`card ${styles.note}`} aria-label="Demo data">
      <p>
        This store is showing <strong>demo data</strong>: the PINs are printed beside each name.
      </p>
      {/* Keyed by the trade: once another demo is shown, the form starts again from it. */}
      <DemoTradeForm key={status.demoTrade} trade={status.demoTrade ?? 'vehicles'} />
      {startClean.error && <Banner tone="error">{startClean.error.message}</Banner>}
      <button type="button" onClick={() => setConfirmClean(true)}>
        Start clean with my own store
      </button>
      {confirmClean && (
        <Dialog title="Start clean?" onClose={() => setConfirmClean(false)} busy={startClean.isPending}>
          <p>
            Every demo employee, walkout and call is deleted, and so are the demo store’s name, callback
            number and hours. Then you set up your own store and its owner.
          </p>
          <div className="form-actions">
            {/* First, so showModal() puts focus here: Enter at a busy counter never deletes by accident. */}
            <button type="button" onClick={() => setConfirmClean(false)}>
              Keep the demo
            </button>
            <button
              type="button"
              className="primary"
              disabled={startClean.isPending}
              onClick={() => startClean.mutate({}, { onSettled: () => setConfirmClean(false) })}
            >
              Delete the demo data
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
