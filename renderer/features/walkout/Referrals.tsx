// From a sold walkout: the people the customer referred, each a new lead credited to the rep.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { WalkoutStoryDto } from '../../../shared/contract/dto';
import { placeIssues } from '../../api/fieldIssues';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { errorProps, Field } from '../../ui/Field';
import { formatMoney } from '../../ui/format';
import { prospectName } from '../../ui/labels';
import styles from './Referrals.module.css';
import { blankPerson, filledPeople, type ReferredPerson, referralFormSchema } from './referralFormValues';

const COLUMNS = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['phone', 'Phone'],
  ['relationship', 'Relationship'],
] as const;

export function Referrals({ story }: { story: WalkoutStoryDto }) {
  const create = useApiMutation('referrals.create');
  const form = useForm<{ people: ReferredPerson[] }>({
    resolver: zodResolver(referralFormSchema),
    defaultValues: { people: [blankPerson()] },
  });
  const rows = useFieldArray({ control: form.control, name: 'people' });
  const { errors } = form.formState;
  const [saved, setSaved] = useState<string | null>(null);
  const customer = prospectName(story.prospect);

  const submit = form.handleSubmit(({ people }) => {
    setSaved(null);
    const filled = filledPeople(people);
    // Blank rows go first, so row i on screen is person i in the server's answer ("people.1.phone").
    if (filled.length < people.length) rows.replace(filled);
    create.mutate(
      { walkoutId: story.walkout.id, people: filled },
      {
        onSuccess: () => {
          setSaved(
            `${filled.length} referred ${filled.length === 1 ? 'person is' : 'people are'} now on ${story.walkout.employeeName}'s calendar.`,
          );
          form.reset({ people: [blankPerson()] });
        },
        // The banner keeps the whole answer (it names each person); each phone's problem is on its row too.
        onError: (err) => placeIssues(form, err.issues),
      },
    );
  });
  const noOne = errors.people?.root?.message ?? errors.people?.message;

  return (
    <section className={styles.referrals} aria-label="Referrals">
      <h3>Referrals from {customer}</h3>
      {story.referrals.length > 0 && (
        <ul>
          {story.referrals.map((r) => (
            <li key={r.id}>
              {r.prospectName}
              {r.relationship ? ` (${r.relationship})` : ''} — a lead for {story.walkout.employeeName}
              {r.creditCents !== null ? `, credit ${formatMoney(r.creditCents)}` : ''}
            </li>
          ))}
        </ul>
      )}
      {saved && <Banner tone="ok">{saved}</Banner>}
      <form aria-label="Add referrals" noValidate onSubmit={submit}>
        {rows.fields.map((row, i) => (
          <fieldset key={row.id} className={styles.referralRow}>
            <legend className="sr-only">Referred person {i + 1}</legend>
            {COLUMNS.map(([field, label]) => {
              const id = `ref-${i}-${field}`;
              const message = errors.people?.[i]?.[field]?.message;
              return (
                <Field key={field} label={label} htmlFor={id} error={message}>
                  <input id={id} {...errorProps(id, message)} {...form.register(`people.${i}.${field}`)} />
                </Field>
              );
            })}
          </fieldset>
        ))}
        {noOne && <Banner tone="error">{noOne}</Banner>}
        {create.error && <Banner tone="error">{create.error.message}</Banner>}
        <div className="form-actions">
          <button
            type="button"
            className="link"
            onClick={() => rows.append(blankPerson())}
            disabled={rows.fields.length >= 10}
          >
            Add another person
          </button>
          <button type="submit" className="primary" disabled={create.isPending}>
            Save referrals
          </button>
        </div>
      </form>
    </section>
  );
}
