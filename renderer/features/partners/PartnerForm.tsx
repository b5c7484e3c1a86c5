// Adding or editing a partner agreement: who they are, which fields beyond contact details they
// receive, what a partner sale pays, where and what they sell, and when the agreement runs.
import { useState } from 'react';
import type { PartnerDto } from '../../../shared/contract/dto';
import { useApiMutation } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { dateFieldOf, readActiveDates } from '../../ui/activeDates';
import { Banner } from '../../ui/Banner';
import { CheckGroup } from '../../ui/CheckGroup';
import { Field } from '../../ui/Field';
import { parseMoney, splitList } from '../../ui/format';
import { SHARED_FIELD_LABELS, SHARED_FIELDS, type SharedField } from './agreement';

interface Props {
  editing: PartnerDto | null;
  onSaved: (partner: PartnerDto, created: boolean) => void;
  onCancel: () => void;
}

const moneyText = (cents: number | undefined) =>
  !cents ? '' : cents % 100 ? (cents / 100).toFixed(2) : String(cents / 100);

export function PartnerForm({ editing, onSaved, onCancel }: Props) {
  const { timeZone } = useStoreSettings();
  const create = useApiMutation('partners.create');
  const update = useApiMutation('partners.update');
  const [name, setName] = useState(editing?.name ?? '');
  const [contact, setContact] = useState(editing?.contact ?? '');
  const [shared, setShared] = useState<SharedField[]>(editing?.sharedFields ?? []);
  const [commission, setCommission] = useState(moneyText(editing?.commissionCents));
  const [territory, setTerritory] = useState(editing?.territory ?? '');
  const [categories, setCategories] = useState(editing?.categories.join(', ') ?? '');
  const [from, setFrom] = useState(dateFieldOf(editing?.activeFrom ?? null, timeZone));
  const [until, setUntil] = useState(dateFieldOf(editing?.activeUntil ?? null, timeZone));
  const [problem, setProblem] = useState<string | null>(null);
  const error = create.error ?? update.error;
  const issue = (path: string) => error?.issues.find((i) => i.path === path)?.message;
  const commissionCents = parseMoney(commission);
  const commissionProblem = Number.isNaN(commissionCents) ? 'Enter an amount like 75 or 75.50' : undefined;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const active = readActiveDates(from, until, timeZone);
    if (!active) return setProblem('That date does not exist.');
    if (commissionProblem) return;
    setProblem(null);
    const fields = {
      name,
      contact,
      sharedFields: shared,
      commissionCents: commissionCents ?? 0,
      territory,
      categories: splitList(categories),
      ...active,
    };
    if (editing) update.mutate({ id: editing.id, ...fields }, { onSuccess: (p) => onSaved(p, false) });
    else create.mutate(fields, { onSuccess: (p) => onSaved(p, true) });
  };

  return (
    <form
      className="card partner-form"
      aria-label={editing ? 'Edit partner' : 'Add a partner'}
      onSubmit={submit}
    >
      <h2>{editing ? `Edit ${editing.name}` : 'Add a partner'}</h2>
      <div className="row-fields partner-who">
        <Field label="Partner name" htmlFor="partner-name" error={issue('name')}>
          <input id="partner-name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Contact" htmlFor="partner-contact" hint="Who to call there, phone or email">
          <input id="partner-contact" value={contact} onChange={(e) => setContact(e.target.value)} />
        </Field>
        <Field
          label="Commission per partner sale ($)"
          htmlFor="partner-commission"
          error={commissionProblem ?? issue('commissionCents')}
          hint="Paid to the rep whose lead the partner sold"
        >
          <input
            id="partner-commission"
            inputMode="decimal"
            value={commission}
            onChange={(e) => setCommission(e.target.value)}
          />
        </Field>
      </div>
      <CheckGroup
        legend="Shared with this partner (contact details always travel)"
        className="shared-picks"
        options={SHARED_FIELDS.map((f) => [f, SHARED_FIELD_LABELS[f]] as const)}
        value={shared}
        onChange={setShared}
      />
      <div className="row-fields partner-where">
        <Field label="Territory" htmlFor="partner-territory" hint="Where they sell, e.g. North suburbs">
          <input id="partner-territory" value={territory} onChange={(e) => setTerritory(e.target.value)} />
        </Field>
        <Field label="Categories (comma-separated)" htmlFor="partner-categories" hint="What they sell">
          <input id="partner-categories" value={categories} onChange={(e) => setCategories(e.target.value)} />
        </Field>
        <Field label="Active from (optional)" htmlFor="partner-from">
          <input id="partner-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="Active until (optional)" htmlFor="partner-until" error={issue('activeUntil')}>
          <input id="partner-until" type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
        </Field>
      </div>
      {problem && <Banner tone="error">{problem}</Banner>}
      {error && !error.issues.some((i) => ['name', 'activeUntil', 'commissionCents'].includes(i.path)) && (
        <Banner tone="error">{error.message}</Banner>
      )}
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
