// Adding or editing a reason of value: what to say, what it is, which walkouts it fits, and when.
import { useState } from 'react';
import type { ReasonDto } from '../../../shared/contract/dto';
import {
  REASON_CATEGORIES,
  REASON_CATEGORY_LABELS,
  type ReasonCategory,
} from '../../../shared/domain/reasonRanking';
import { OBJECTION_LABELS, OBJECTIONS, type Objection } from '../../../shared/domain/vocab';
import { useApiMutation } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { dateFieldOf, readActiveDates } from '../../ui/activeDates';
import { Banner } from '../../ui/Banner';
import { CheckGroup } from '../../ui/CheckGroup';
import { Field } from '../../ui/Field';
import { splitList } from '../../ui/format';

interface Props {
  editing: ReasonDto | null;
  onSaved: (reason: ReasonDto, created: boolean) => void;
  onCancel: () => void;
}

export function ReasonForm({ editing, onSaved, onCancel }: Props) {
  const { timeZone } = useStoreSettings();
  const create = useApiMutation('reasons.create');
  const update = useApiMutation('reasons.update');
  const [text, setText] = useState(editing?.text ?? '');
  const [category, setCategory] = useState<ReasonCategory>(editing?.category ?? 'new_product');
  const [products, setProducts] = useState(editing?.products.join(', ') ?? '');
  const [categories, setCategories] = useState(editing?.categories.join(', ') ?? '');
  const [objections, setObjections] = useState<Objection[]>(editing?.objections ?? []);
  const [from, setFrom] = useState(dateFieldOf(editing?.activeFrom ?? null, timeZone));
  const [until, setUntil] = useState(dateFieldOf(editing?.activeUntil ?? null, timeZone));
  const [problem, setProblem] = useState<string | null>(null);
  const error = create.error ?? update.error;
  const issue = (path: string) => error?.issues.find((i) => i.path === path)?.message;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const active = readActiveDates(from, until, timeZone);
    if (!active) return setProblem('That date does not exist.');
    setProblem(null);
    const fields = {
      text,
      category,
      products: splitList(products),
      categories: splitList(categories),
      objections,
      ...active,
    };
    if (editing) update.mutate({ id: editing.id, ...fields }, { onSuccess: (r) => onSaved(r, false) });
    else create.mutate(fields, { onSuccess: (r) => onSaved(r, true) });
  };

  return (
    <form
      className="card reason-form"
      aria-label={editing ? 'Edit reason' : 'Add a reason'}
      onSubmit={submit}
    >
      <h2>{editing ? 'Edit reason' : 'Add a reason'}</h2>
      <Field
        label="The reason I'm calling is…"
        htmlFor="reason-text"
        error={issue('text')}
        hint="Something new and of value to them: a product, a policy, a capability, news, an idea"
        wide
      >
        <textarea id="reason-text" rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <div className="row-fields">
        <Field label="Kind of reason" htmlFor="reason-category">
          <select
            id="reason-category"
            value={category}
            onChange={(e) => setCategory(e.target.value as ReasonCategory)}
          >
            {REASON_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {REASON_CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Fits products (comma-separated)" htmlFor="reason-products" hint="Empty: any product">
          <input id="reason-products" value={products} onChange={(e) => setProducts(e.target.value)} />
        </Field>
        <Field
          label="Fits categories (comma-separated)"
          htmlFor="reason-categories"
          hint="Empty: any category"
        >
          <input id="reason-categories" value={categories} onChange={(e) => setCategories(e.target.value)} />
        </Field>
      </div>
      <CheckGroup
        legend="Fits these objections (none ticked: any objection)"
        className="objection-picks"
        options={OBJECTIONS.map((o) => [o, OBJECTION_LABELS[o]] as const)}
        value={objections}
        onChange={setObjections}
      />
      <div className="row-fields">
        <Field label="Active from (optional)" htmlFor="reason-from">
          <input id="reason-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="Active until (optional)" htmlFor="reason-until" error={issue('activeUntil')}>
          <input id="reason-until" type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
        </Field>
      </div>
      {problem && <Banner tone="error">{problem}</Banner>}
      {error && !error.issues.length && <Banner tone="error">{error.message}</Banner>}
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
