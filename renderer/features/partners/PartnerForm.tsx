// Adding or editing a partner agreement: who they are, which fields beyond contact details they
// receive, what a partner sale pays, where and what they sell (the territory the export enforces is the
// prospect phone's area code), how long a walkout is worked at home first, and when the agreement runs.
import { useState } from 'react';
import type { PartnerDto } from '../../../shared/contract/dto';
import { parseAreaCodes } from '../../../shared/domain/territory';
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

/** Fields that show a server issue themselves; any other goes in the banner. */
const FIELDS_WITH_MESSAGES = ['name', 'activeUntil', 'commissionCents', 'shareAfterDays', 'areaCodes'];

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
  const [areaCodes, setAreaCodes] = useState(editing?.areaCodes.join(', ') ?? '');
  const [shareAfter, setShareAfter] = useState(String(editing?.shareAfterDays ?? 14));
  const [categories, setCategories] = useState(editing?.categories.join(', ') ?? '');
  const [from, setFrom] = useState(dateFieldOf(editing?.activeFrom ?? null, timeZone));
  const [until, setUntil] = useState(dateFieldOf(editing?.activeUntil ?? null, timeZone));
  const [problem, setProblem] = useState<string | null>(null);
  const error = create.error ?? update.error;
  // A server issue lands on its field by the first part of its path ("areaCodes.2" on the area codes).
  const issue = (field: string) => error?.issues.find((i) => i.path.split('.')[0] === field)?.message;
  const codes = parseAreaCodes(areaCodes);
  const codesProblem = codes.ok ? issue('areaCodes') : codes.message;
  const shareAfterDays = /^\d{1,3}$/.test(shareAfter.trim()) ? Number(shareAfter) : Number.NaN;
  const shareAfterProblem =
    Number.isNaN(shareAfterDays) || shareAfterDays > 365 ? 'Enter a number of days from 0 to 365' : undefined;
  const commissionCents = parseMoney(commission);
  const commissionProblem = Number.isNaN(commissionCents) ? 'Enter an amount like 75 or 75.50' : undefined;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const active = readActiveDates(from, until, timeZone);
    if (!active) return setProblem('That date does not exist.');
    if (commissionProblem || !codes.ok || shareAfterProblem) return;
    setProblem(null);
    const fields = {
      name,
      contact,
      sharedFields: shared,
      commissionCents: commissionCents ?? 0,
      territory,
      areaCodes: codes.codes,
      shareAfterDays,
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
        <Field
          label="Territory area codes"
          htmlFor="partner-area-codes"
          error={codesProblem}
          hint="Only leads whose phone has one of these, e.g. 312, 773, 630. Empty: anywhere"
        >
          <input
            id="partner-area-codes"
            inputMode="numeric"
            value={areaCodes}
            aria-invalid={codesProblem ? true : undefined}
            onChange={(e) => setAreaCodes(e.target.value)}
          />
        </Field>
        <Field label="Categories (comma-separated)" htmlFor="partner-categories" hint="What they sell">
          <input id="partner-categories" value={categories} onChange={(e) => setCategories(e.target.value)} />
        </Field>
      </div>
      <div className="row-fields partner-when">
        <Field
          label="Share after (days)"
          htmlFor="partner-share-after"
          error={shareAfterProblem ?? issue('shareAfterDays')}
          hint="Walkouts younger than this are still being worked and stay home"
        >
          <input
            id="partner-share-after"
            inputMode="numeric"
            value={shareAfter}
            aria-invalid={shareAfterProblem ? true : undefined}
            onChange={(e) => setShareAfter(e.target.value)}
          />
        </Field>
        <Field label="Active from (optional)" htmlFor="partner-from">
          <input id="partner-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="Active until (optional)" htmlFor="partner-until" error={issue('activeUntil')}>
          <input id="partner-until" type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
        </Field>
      </div>
      {problem && <Banner tone="error">{problem}</Banner>}
      {error && !error.issues.some((i) => FIELDS_WITH_MESSAGES.includes(i.path.split('.')[0])) && (
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
