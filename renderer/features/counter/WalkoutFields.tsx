// The walkout form's fields in the order the conversation at the counter goes, so the usual walkout is
// one Tab per answer: who, what they looked at, why not, the next step and consent. What is asked less
// often (email, channel, refused details, motivation, personal details) sits in a last row, after them.
import type { ReactNode } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { ProspectDto } from '../../../shared/contract/dto';
import { CHANNEL_LABELS, CHANNELS, OBJECTION_LABELS, OBJECTIONS } from '../../../shared/domain/vocab';
import type { WhenStore } from '../../../shared/domain/whenText';
import { messageIn } from '../../api/fieldIssues';
import { Field } from '../../ui/Field';
import { prospectName } from '../../ui/labels';
import styles from './WalkoutFields.module.css';
import { WhenField } from './WhenField';
import type { WalkoutFormValues } from './walkoutFormValues';

interface Props {
  form: UseFormReturn<WalkoutFormValues>;
  /** The returning-prospect offer, shown right under the phone. */
  children: ReactNode;
  /** The stored prospect once "Same person" is chosen: a blank field keeps what it shows in grey. */
  returning?: ProspectDto;
  /** The store's hours and zone and its clock, to read the next step's "when". */
  store: WhenStore | undefined;
  now: () => number;
}

/** The longer notes, where Shift+Enter adds a line. */
type Notes = 'objectionText' | 'painPoints' | 'motivation' | 'personalDetails';

export function WalkoutFields({ form, children, returning, store, now }: Props) {
  const { register, formState } = form;
  const err = (name: FieldPath<WalkoutFormValues>) => messageIn(form.getFieldState(name, formState).error);
  const refused = form.watch('contactRefused');
  // A returning prospect already has a name and a way to reach them.
  const needed = !returning;
  // Enter submits; Shift+Enter adds a line in the longer notes.
  const notes = (name: Notes, label: string) => (
    <Field label={label} htmlFor={name} error={err(name)}>
      <textarea id={name} rows={2} {...register(name)} />
    </Field>
  );

  return (
    <div className={styles.grid}>
      <fieldset>
        <legend>Who</legend>
        <Field label="First name" htmlFor="firstName" error={err('prospect.firstName')} required={needed}>
          <input
            id="firstName"
            autoFocus
            autoComplete="off"
            aria-required={needed}
            placeholder={returning?.firstName}
            {...register('prospect.firstName')}
          />
        </Field>
        <Field label="Last name" htmlFor="lastName" error={err('prospect.lastName')}>
          <input
            id="lastName"
            autoComplete="off"
            placeholder={returning?.lastName}
            {...register('prospect.lastName')}
          />
        </Field>
        <Field
          label="Phone"
          htmlFor="phone"
          error={err('prospect.phone')}
          required={needed && !refused}
          hint="Or an email, below"
        >
          <input
            id="phone"
            type="tel"
            autoComplete="off"
            aria-required={needed && !refused}
            disabled={refused}
            {...register('prospect.phone')}
          />
        </Field>
        {children}
        <Field label="Best time to reach" htmlFor="bestTime">
          <input
            id="bestTime"
            autoComplete="off"
            placeholder={returning?.bestTime || 'e.g. evenings'}
            {...register('prospect.bestTime')}
          />
        </Field>
      </fieldset>

      <fieldset>
        <legend>What they looked at</legend>
        <Field label="Product" htmlFor="product" error={err('product')} required>
          <input id="product" autoComplete="off" aria-required {...register('product')} />
        </Field>
        <Field label="Category" htmlFor="category" error={err('category')}>
          <input id="category" autoComplete="off" {...register('category')} />
        </Field>
        <Field label="Price quoted" htmlFor="price" error={err('priceQuotedCents')}>
          <input
            id="price"
            inputMode="decimal"
            autoComplete="off"
            placeholder="$"
            {...register('priceQuotedCents')}
          />
        </Field>
        <Field label="How close (1–5)" htmlFor="closeness" error={err('closeness')}>
          <select id="closeness" {...register('closeness')}>
            <option value="1">1 — just looking</option>
            <option value="2">2</option>
            <option value="3">3 — interested</option>
            <option value="4">4</option>
            <option value="5">5 — nearly bought</option>
          </select>
        </Field>
      </fieldset>

      <fieldset>
        <legend>Why they didn't buy</legend>
        <Field label="Objection" htmlFor="objection" error={err('objection')} required>
          <select id="objection" aria-required {...register('objection')}>
            <option value="">Choose… (type a letter)</option>
            {OBJECTIONS.map((o) => (
              <option key={o} value={o}>
                {OBJECTION_LABELS[o]}
              </option>
            ))}
          </select>
        </Field>
        {notes('objectionText', 'In their words')}
        {notes('painPoints', 'Pain points')}
      </fieldset>

      <fieldset>
        <legend>Next step and consent</legend>
        <Field label="Next step agreed" htmlFor="nextStepText" error={err('nextStepText')}>
          <input
            id="nextStepText"
            autoComplete="off"
            placeholder="I'll call you tonight with…"
            {...register('nextStepText')}
          />
        </Field>
        <WhenField form={form} store={store} now={now} error={err('nextStepAt')} />
        {returning && (
          <p className="field-hint">
            The boxes show what {prospectName(returning)} agreed before: change one only if they said so
            today.
          </p>
        )}
        <label className="check">
          <input type="checkbox" {...register('prospect.contactOk')} /> OK to contact
        </label>
        <label className="check">
          <input type="checkbox" {...register('prospect.shareOk')} /> OK to share with partner distributors
        </label>
      </fieldset>

      <fieldset className={styles.more}>
        <legend>More about them (optional)</legend>
        <Field label="Email" htmlFor="email" error={err('prospect.email')}>
          <input
            id="email"
            type="email"
            autoComplete="off"
            disabled={refused}
            {...register('prospect.email')}
          />
        </Field>
        <Field label="Best way to reach" htmlFor="preferredChannel">
          <select id="preferredChannel" {...register('prospect.preferredChannel')}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        {notes('motivation', 'Motivation')}
        {notes('personalDetails', 'Personal details')}
        <label className={`check ${styles.refused}`}>
          <input type="checkbox" {...register('contactRefused')} /> Refused contact details
        </label>
      </fieldset>
    </div>
  );
}
