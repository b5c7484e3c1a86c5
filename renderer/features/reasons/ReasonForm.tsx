// Adding or editing a reason of value: what to say, what it is, which walkouts it fits, and when.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ReasonDto } from '../../../shared/contract/dto';
import { REASON_CATEGORIES, REASON_CATEGORY_LABELS } from '../../../shared/domain/reasonRanking';
import { OBJECTION_LABELS, OBJECTIONS } from '../../../shared/domain/vocab';
import { messageIn, showServerError } from '../../api/fieldIssues';
import { useApiMutation } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { CheckGroup } from '../../ui/CheckGroup';
import { errorProps, Field } from '../../ui/Field';
import styles from './ReasonForm.module.css';
import { reasonFormSchema, reasonFormValues } from './reasonFormValues';

interface Props {
  editing: ReasonDto | null;
  onSaved: (reason: ReasonDto, created: boolean) => void;
  onCancel: () => void;
}

type Schema = ReturnType<typeof reasonFormSchema>;

export function ReasonForm({ editing, onSaved, onCancel }: Props) {
  const { timeZone } = useStoreSettings();
  const create = useApiMutation('reasons.create');
  const update = useApiMutation('reasons.update');
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(reasonFormSchema(timeZone)),
    defaultValues: reasonFormValues(editing, timeZone),
  });
  const { errors } = form.formState;
  const [problem, setProblem] = useState<string | null>(null);
  const onError = (err: Parameters<typeof showServerError>[1]) => setProblem(showServerError(form, err));

  const submit = form.handleSubmit((fields) => {
    setProblem(null);
    if (editing)
      update.mutate({ id: editing.id, ...fields }, { onSuccess: (r) => onSaved(r, false), onError });
    else create.mutate(fields, { onSuccess: (r) => onSaved(r, true), onError });
  });
  const textError = errors.text?.message;
  const productsError = messageIn(errors.products);
  const categoriesError = messageIn(errors.categories);

  return (
    <form
      className={`card ${styles.reasonForm}`}
      aria-label={editing ? 'Edit reason' : 'Add a reason'}
      noValidate
      onSubmit={submit}
    >
      <h2>{editing ? 'Edit reason' : 'Add a reason'}</h2>
      <Field
        label="The reason I'm calling is…"
        htmlFor="reason-text"
        error={textError}
        hint="Something new and of value to them: a product, a policy, a capability, news, an idea"
        wide
      >
        <textarea
          id="reason-text"
          rows={2}
          {...errorProps('reason-text', textError)}
          {...form.register('text')}
        />
      </Field>
      <div className="row-fields">
        <Field label="Kind of reason" htmlFor="reason-category">
          <select id="reason-category" {...form.register('category')}>
            {REASON_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {REASON_CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Fits products (comma-separated)"
          htmlFor="reason-products"
          error={productsError}
          hint="Empty: any product"
        >
          <input
            id="reason-products"
            {...errorProps('reason-products', productsError)}
            {...form.register('products')}
          />
        </Field>
        <Field
          label="Fits categories (comma-separated)"
          htmlFor="reason-categories"
          error={categoriesError}
          hint="Empty: any category"
        >
          <input
            id="reason-categories"
            {...errorProps('reason-categories', categoriesError)}
            {...form.register('categories')}
          />
        </Field>
      </div>
      <Controller
        control={form.control}
        name="objections"
        render={({ field }) => (
          <CheckGroup
            legend="Fits these objections (none ticked: any objection)"
            className={styles.objectionPicks}
            options={OBJECTIONS.map((o) => [o, OBJECTION_LABELS[o]] as const)}
            value={field.value ?? []}
            onChange={field.onChange}
          />
        )}
      />
      <div className="row-fields">
        <Field label="Active from (optional)" htmlFor="reason-from" error={errors.activeFrom?.message}>
          <input
            id="reason-from"
            type="date"
            {...errorProps('reason-from', errors.activeFrom?.message)}
            {...form.register('activeFrom')}
          />
        </Field>
        <Field label="Active until (optional)" htmlFor="reason-until" error={errors.activeUntil?.message}>
          <input
            id="reason-until"
            type="date"
            {...errorProps('reason-until', errors.activeUntil?.message)}
            {...form.register('activeUntil')}
          />
        </Field>
      </div>
      {problem && <Banner tone="error">{problem}</Banner>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending || update.isPending}>
          {editing ? 'Save changes' : 'Save reason'}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
