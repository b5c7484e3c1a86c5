// Adding or editing a partner agreement: who they are, which fields beyond contact details they
// receive, what a partner sale pays, where and what they sell (the territory the export enforces is the
// prospect phone's area code), how long a walkout is worked at home first, and when the agreement runs.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { PartnerDto } from '../../../shared/contract/dto';
import { messageIn, showServerError } from '../../api/fieldIssues';
import { useApiMutation } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { CheckGroup } from '../../ui/CheckGroup';
import { errorProps, Field } from '../../ui/Field';
import { SHARED_FIELD_LABELS, SHARED_FIELDS } from './agreement';
import styles from './Partners.module.css';
import { partnerFormSchema, partnerFormValues } from './partnerFormValues';

interface Props {
  editing: PartnerDto | null;
  onSaved: (partner: PartnerDto, created: boolean) => void;
  onCancel: () => void;
}

type Schema = ReturnType<typeof partnerFormSchema>;

export function PartnerForm({ editing, onSaved, onCancel }: Props) {
  const { timeZone } = useStoreSettings();
  const create = useApiMutation('partners.create');
  const update = useApiMutation('partners.update');
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(partnerFormSchema(timeZone)),
    defaultValues: partnerFormValues(editing, timeZone),
    // A bad area code or amount is said as it is typed, before Save.
    mode: 'onChange',
  });
  const { errors } = form.formState;
  const [problem, setProblem] = useState<string | null>(null);
  const onError = (err: Parameters<typeof showServerError>[1]) => setProblem(showServerError(form, err));
  const submit = form.handleSubmit((fields) => {
    setProblem(null);
    if (editing)
      update.mutate({ id: editing.id, ...fields }, { onSuccess: (p) => onSaved(p, false), onError });
    else create.mutate(fields, { onSuccess: (p) => onSaved(p, true), onError });
  });
  const error = {
    name: errors.name?.message,
    contact: errors.contact?.message,
    commission: errors.commissionCents?.message,
    territory: errors.territory?.message,
    codes: messageIn(errors.areaCodes),
    categories: messageIn(errors.categories),
    shareAfter: errors.shareAfterDays?.message,
    from: errors.activeFrom?.message,
    until: errors.activeUntil?.message,
  };

  type Name = keyof z.input<Schema>;
  const text = (name: Name, id: string, message: string | undefined, inputMode?: 'decimal' | 'numeric') => (
    <input id={id} inputMode={inputMode} {...errorProps(id, message)} {...form.register(name)} />
  );

  return (
    <form
      className={`card ${styles.partnerForm}`}
      aria-label={editing ? 'Edit partner' : 'Add a partner'}
      noValidate
      onSubmit={submit}
    >
      <h2>{editing ? `Edit ${editing.name}` : 'Add a partner'}</h2>
      <div className={`row-fields ${styles.who}`}>
        <Field label="Partner name" htmlFor="partner-name" error={error.name}>
          {text('name', 'partner-name', error.name)}
        </Field>
        <Field
          label="Contact"
          htmlFor="partner-contact"
          error={error.contact}
          hint="Who to call there, phone or email"
        >
          {text('contact', 'partner-contact', error.contact)}
        </Field>
        <Field
          label="Commission per partner sale ($)"
          htmlFor="partner-commission"
          error={error.commission}
          hint="Paid to the rep whose lead the partner sold"
        >
          {text('commissionCents', 'partner-commission', error.commission, 'decimal')}
        </Field>
      </div>
      <Controller
        control={form.control}
        name="sharedFields"
        render={({ field }) => (
          <CheckGroup
            legend="Shared with this partner (contact details always travel)"
            className={styles.sharedPicks}
            options={SHARED_FIELDS.map((f) => [f, SHARED_FIELD_LABELS[f]] as const)}
            value={field.value ?? []}
            onChange={field.onChange}
          />
        )}
      />
      <div className={`row-fields ${styles.where}`}>
        <Field
          label="Territory"
          htmlFor="partner-territory"
          error={error.territory}
          hint="Where they sell, e.g. North suburbs"
        >
          {text('territory', 'partner-territory', error.territory)}
        </Field>
        <Field
          label="Territory area codes"
          htmlFor="partner-area-codes"
          error={error.codes}
          hint="Only leads whose phone has one of these, e.g. 312, 773, 630. Empty: anywhere"
        >
          {text('areaCodes', 'partner-area-codes', error.codes, 'numeric')}
        </Field>
        <Field
          label="Categories (comma-separated)"
          htmlFor="partner-categories"
          error={error.categories}
          hint="What they sell"
        >
          {text('categories', 'partner-categories', error.categories)}
        </Field>
      </div>
      <div className={`row-fields ${styles.when}`}>
        <Field
          label="Share after (days)"
          htmlFor="partner-share-after"
          error={error.shareAfter}
          hint="Walkouts younger than this are still being worked and stay home"
        >
          {text('shareAfterDays', 'partner-share-after', error.shareAfter, 'numeric')}
        </Field>
        <Field label="Active from (optional)" htmlFor="partner-from" error={error.from}>
          <input
            id="partner-from"
            type="date"
            {...errorProps('partner-from', error.from)}
            {...form.register('activeFrom')}
          />
        </Field>
        <Field label="Active until (optional)" htmlFor="partner-until" error={error.until}>
          <input
            id="partner-until"
            type="date"
            {...errorProps('partner-until', error.until)}
            {...form.register('activeUntil')}
          />
        </Field>
      </div>
      {problem && <Banner tone="error">{problem}</Banner>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending || update.isPending}>
          {editing ? 'Save changes' : 'Save partner'}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
