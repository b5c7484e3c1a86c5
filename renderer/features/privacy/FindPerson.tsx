// Step 1 of an erasure: find the person by part of their name, phone or e-mail, and choose them.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { prospectFindInput } from '../../../shared/contract/schemas';
import { formatPhone } from '../../../shared/domain/phone';
import { useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { prospectName } from '../../ui/labels';

export function FindPerson({ onChoose }: { onChoose: (prospectId: number) => void }) {
  const { timeZone, defaultRegion } = useStoreSettings();
  const [query, setQuery] = useState('');
  const form = useForm({ resolver: zodResolver(prospectFindInput), defaultValues: { query: '' } });
  const found = useApiQuery('prospects.find', { query }, { enabled: query !== '' });
  const error = form.formState.errors.query?.message;

  return (
    <section className="card erase-step" aria-labelledby="erase-find-title">
      <h2 id="erase-find-title">Who asked to be erased?</h2>
      <form
        className="erase-find"
        aria-label="Find the person"
        noValidate
        onSubmit={form.handleSubmit((v) => setQuery(v.query))}
      >
        <Field label="Name, phone or e-mail" htmlFor="erase-query" error={error}>
          <input
            id="erase-query"
            autoComplete="off"
            autoFocus
            {...(error ? { 'aria-invalid': true, 'aria-describedby': 'erase-query-error' } : {})}
            {...form.register('query')}
          />
        </Field>
        <button type="submit" className="primary">
          Find
        </button>
      </form>
      {found.error && <Banner tone="error">{found.error.message}</Banner>}
      {found.data?.length === 0 && (
        <EmptyState
          title={`Nobody matches “${query}”`}
          next="Try part of the last name, the last digits of the phone, or the e-mail."
        />
      )}
      {found.data && found.data.length > 0 && (
        <table className="table erase-found">
          <caption className="sr-only">People matching “{query}”</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Phone</th>
              <th scope="col">E-mail</th>
              <th scope="col">Visits</th>
              <th scope="col">Last visit</th>
              <th scope="col">
                <span className="sr-only">Choose</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {found.data.map((f) => (
              <tr key={f.prospect.id}>
                <td>{prospectName(f.prospect)}</td>
                <td className="erase-phone">{formatPhone(f.prospect.phone, defaultRegion) || '—'}</td>
                <td>{f.prospect.email ?? '—'}</td>
                <td className="num">{f.walkoutCount}</td>
                <td>
                  {f.lastVisitAt ? formatDate(f.lastVisitAt, timeZone) : '—'}
                  {f.lastEmployeeName && <span className="muted"> with {f.lastEmployeeName}</span>}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Choose ${prospectName(f.prospect)}`}
                    onClick={() => onChoose(f.prospect.id)}
                  >
                    Choose
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
