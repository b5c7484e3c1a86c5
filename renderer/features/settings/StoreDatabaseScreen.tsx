// Settings → Store database (owner): which database this PC uses, a store server's details with "Test
// connection", then "Move this PC's store to the server" (an empty database) or "Join this store server".
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { CurrentStoreDto } from '../../../shared/contract/dto';
import {
  type StoreServerInput,
  storeServerInput,
  TLS_MODES,
} from '../../../shared/contract/storeDatabaseSchemas';
import { type FieldIssue, placeIssues } from '../../api/fieldIssues';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { MoveProgress, moveRunning } from './MoveProgress';
import './storeDatabase.css';

type FormValues = z.input<typeof storeServerInput>;

const TLS_LABELS: Record<(typeof TLS_MODES)[number], string> = {
  off: 'Off',
  require: 'Require',
  verify: 'Verify',
};

const FIELDS = [
  { name: 'host', label: 'Server (name or address)', type: 'text', auto: 'off' },
  { name: 'port', label: 'Port', type: 'number', auto: 'off' },
  { name: 'database', label: 'Database', type: 'text', auto: 'off' },
  { name: 'user', label: 'User', type: 'text', auto: 'username' },
  { name: 'password', label: 'Password', type: 'password', auto: 'current-password' },
] as const;

export function StoreDatabaseScreen() {
  const status = useApiQuery('storeDatabase.status', {});
  const test = useApiMutation('storeDatabase.test');
  const move = useApiMutation('storeDatabase.move');
  const join = useApiMutation('storeDatabase.join');
  const form = useForm<FormValues, unknown, StoreServerInput>({
    resolver: zodResolver(storeServerInput),
    defaultValues: { host: '', port: 5432, database: '', user: '', password: '', tls: 'require' },
  });
  // Polled while a move runs (a quarter second is smooth enough and cheap: the answer is a few numbers).
  const progress = useApiQuery(
    'storeDatabase.progress',
    {},
    { refetchInterval: (q) => (moveRunning(q.state.data) ? 250 : false) },
  );
  const moving = moveRunning(progress.data);
  const busy = test.isPending || move.isPending || join.isPending || moving;
  // An answer belongs to the details it was given: any change asks for a new test.
  const forget = () => {
    test.reset();
    move.reset();
    join.reset();
  };
  const showIssues = (err: { issues: FieldIssue[] }) => placeIssues(form, err.issues);
  const onTest = form.handleSubmit((values) => {
    forget();
    test.mutate(values, { onError: showIssues });
  });
  // Once a move starts, the test's "empty, can be moved" no longer holds: the progress below takes over.
  const onMove = form.handleSubmit((values) =>
    move.mutate(values, { onError: showIssues, onSuccess: () => test.reset() }),
  );
  const onJoin = form.handleSubmit((values) => join.mutate(values, { onError: showIssues }));
  const offer = test.data?.offer;
  const failed = move.error ?? join.error ?? (test.error?.issues.length ? null : test.error);

  return (
    <div className="store-database">
      <div className="screen-head">
        <h1>Store database</h1>
      </div>
      {status.error && <Banner tone="error">{status.error.message}</Banner>}
      {status.data && <CurrentStore current={status.data.current} />}
      <form className="card store-server" aria-label="Store server" noValidate onSubmit={onTest}>
        <h2>Store server (PostgreSQL)</h2>
        <p className="muted">
          Every PC of the store can share one database on a store server. Give the details from the store
          server guide, then test them.
        </p>
        <fieldset className="store-server-fields" disabled={busy}>
          {FIELDS.map((f) => {
            const id = `store-server-${f.name}`;
            const error = form.formState.errors[f.name]?.message;
            return (
              <Field key={f.name} label={f.label} htmlFor={id} error={error}>
                <input
                  id={id}
                  type={f.type}
                  autoComplete={f.auto}
                  spellCheck={false}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  {...form.register(f.name, { onChange: forget })}
                />
              </Field>
            );
          })}
          <Field
            label="TLS"
            htmlFor="store-server-tls"
            error={form.formState.errors.tls?.message}
            hint="Require encrypts; Verify also checks the certificate; Off only on a trusted network"
          >
            <select id="store-server-tls" {...form.register('tls', { onChange: forget })}>
              {TLS_MODES.map((m) => (
                <option key={m} value={m}>
                  {TLS_LABELS[m]}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>
        {test.data && <Banner tone={offer ? 'ok' : 'error'}>{test.data.message}</Banner>}
        {failed && <Banner tone="error">{failed.message}</Banner>}
        {join.data && <Banner tone={join.data.switched ? 'ok' : 'info'}>{join.data.message}</Banner>}
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {test.isPending ? 'Testing…' : 'Test connection'}
          </button>
          {offer === 'move' && (
            <button type="button" className="primary" disabled={busy} onClick={onMove}>
              Move this PC’s store to the server
            </button>
          )}
          {offer === 'join' && (
            <button type="button" className="primary" disabled={busy || !!join.data} onClick={onJoin}>
              Join this store server
            </button>
          )}
        </div>
      </form>
      {progress.data && progress.data.state !== 'idle' && <MoveProgress p={progress.data} />}
    </div>
  );
}

function CurrentStore({ current }: { current: CurrentStoreDto }) {
  return (
    <section className="card store-current" aria-label="This PC uses">
      <h2>This PC uses</h2>
      {current.kind === 'sqlite' ? (
        <p>
          <strong>This PC only (built in)</strong>
          <br />
          <span className="muted">File: </span>
          <code>{current.path}</code>
        </p>
      ) : (
        <p>
          <strong>
            Store server {current.host}:{current.port}/{current.database} as {current.user}
          </strong>
        </p>
      )}
    </section>
  );
}
