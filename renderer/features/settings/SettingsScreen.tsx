// Owners change, managers read: store details, hours, the calling window, the cadence and commission amounts.
import { useState } from 'react';
import { Link } from 'react-router';
import type { Settings } from '../../../shared/domain/settings';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { CadenceFields } from './CadenceFields';
import { StoreHoursFields } from './StoreHoursFields';
import { readDraft, type SectionProps, type SettingsDraft, toDraft, wholeRange } from './settingsDraft';
import './settings.css';

// Browsers without Intl.supportedValuesOf still get the text box, just without suggestions.
const TIME_ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function SettingsScreen({ canEdit }: { canEdit: boolean }) {
  const settings = useApiQuery('settings.get', {});
  return (
    <div className="settings">
      <div className="screen-head">
        <h1>Store settings</h1>
        {!canEdit && <p className="muted">Only the owner can change settings.</p>}
        {canEdit && <Link to="/settings/erase">Erase a person (privacy request)</Link>}
      </div>
      {settings.error ? (
        <Banner tone="error">{settings.error.message}</Banner>
      ) : !settings.data ? (
        <p className="muted">Loading…</p>
      ) : (
        // A reader always sees the latest values; an editor's form is never reset under their typing.
        <SettingsForm
          key={canEdit ? 'edit' : JSON.stringify(settings.data)}
          initial={settings.data}
          canEdit={canEdit}
        />
      )}
    </div>
  );
}

function SettingsForm({ initial, canEdit }: { initial: Settings; canEdit: boolean }) {
  const update = useApiMutation('settings.update');
  // What the server last said; only fields that differ from it are sent.
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(initial));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<'saved' | 'unchanged' | null>(null);

  const issue = (path: string, exact = false) =>
    problems[path] ??
    update.error?.issues.find((i) => i.path === path || (!exact && i.path.startsWith(`${path}.`)))?.message;
  const section: SectionProps = {
    draft,
    issue,
    disabled: !canEdit,
    onChange: (change) => {
      setDraft((d) => ({ ...d, ...change }));
      setNotice(null);
    },
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const read = readDraft(draft, base);
    update.reset();
    setProblems(read.problems);
    setNotice(null);
    if (Object.keys(read.problems).length) return;
    if (!Object.keys(read.patch).length) return setNotice('unchanged');
    update.mutate(read.patch, {
      onSuccess: (saved) => {
        setBase(saved);
        setDraft(toDraft(saved));
        setNotice('saved');
      },
    });
  };

  return (
    // noValidate: the form's own messages (and the server's) explain a bad value better than the browser.
    <form className="settings-form" aria-label="Store settings" noValidate onSubmit={submit}>
      <div className="settings-sections">
        <StoreFields {...section} />
        <StoreHoursFields {...section} />
        <CallWindowFields {...section} />
        <CommissionFields {...section} />
        <CadenceFields {...section} />
      </div>
      {canEdit && (
        <div className="settings-actions">
          {notice === 'saved' && <Banner tone="ok">Settings saved.</Banner>}
          {notice === 'unchanged' && (
            <Banner tone="info">Nothing has changed, so there is nothing to save.</Banner>
          )}
          {Object.keys(problems).length > 0 && (
            <Banner tone="error">Some settings need fixing: see the marked fields.</Banner>
          )}
          {update.error && <Banner tone="error">{update.error.message}</Banner>}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={update.isPending}>
              Save settings
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

/** Ties an input to its error line so screen readers read the problem with the field. */
const describedBy = (id: string, error: string | undefined) =>
  error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};

function StoreFields({ draft, onChange, issue, disabled }: SectionProps) {
  return (
    <fieldset className="card settings-section" disabled={disabled}>
      <legend>Store</legend>
      <Field label="Store name" htmlFor="settings-store-name" error={issue('storeName')}>
        <input
          id="settings-store-name"
          value={draft.storeName}
          {...describedBy('settings-store-name', issue('storeName'))}
          onChange={(e) => onChange({ storeName: e.target.value })}
        />
      </Field>
      <Field
        label="Store phone for callbacks"
        htmlFor="settings-store-phone"
        error={issue('storePhone')}
        hint="Messages end with “call me back at …” this number"
      >
        <input
          id="settings-store-phone"
          type="tel"
          value={draft.storePhone}
          {...describedBy('settings-store-phone', issue('storePhone'))}
          onChange={(e) => onChange({ storePhone: e.target.value })}
        />
      </Field>
      <div className="settings-grid">
        <Field
          label="Time zone"
          htmlFor="settings-time-zone"
          error={issue('timeZone')}
          hint="Due times and reports use it, e.g. America/Chicago"
        >
          <input
            id="settings-time-zone"
            list="settings-time-zones"
            autoComplete="off"
            value={draft.timeZone}
            {...describedBy('settings-time-zone', issue('timeZone'))}
            onChange={(e) => onChange({ timeZone: e.target.value })}
          />
        </Field>
        <Field
          label="Default phone region"
          htmlFor="settings-region"
          error={issue('defaultRegion')}
          hint="Two letters, e.g. US: for numbers typed without +country"
        >
          <input
            id="settings-region"
            maxLength={2}
            autoComplete="off"
            value={draft.defaultRegion}
            {...describedBy('settings-region', issue('defaultRegion'))}
            onChange={(e) => onChange({ defaultRegion: e.target.value.toUpperCase() })}
          />
        </Field>
      </div>
      <IdleLockField draft={draft} onChange={onChange} issue={issue} disabled={disabled} />
      <datalist id="settings-time-zones">
        {TIME_ZONES.map((tz) => (
          <option key={tz} value={tz} />
        ))}
      </datalist>
    </fieldset>
  );
}

function IdleLockField({ draft, onChange, issue }: SectionProps) {
  const { min, max } = wholeRange('idleLockMinutes');
  return (
    <Field
      label="Lock the PC after (minutes)"
      htmlFor="settings-idle-lock"
      error={issue('idleLockMinutes')}
      hint={`Minutes with no key pressed or click; a 30-second warning comes first (${min}–${max})`}
    >
      <input
        id="settings-idle-lock"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft.idleLockMinutes}
        {...describedBy('settings-idle-lock', issue('idleLockMinutes'))}
        onChange={(e) => onChange({ idleLockMinutes: e.target.value })}
      />
    </Field>
  );
}

function CallWindowFields({ draft, onChange, issue, disabled }: SectionProps) {
  return (
    <fieldset className="card settings-section" disabled={disabled}>
      <legend>Calls allowed between</legend>
      <p className="hint">Calls and texts fall due only inside this window and the store's hours.</p>
      <div className="settings-grid">
        <Field label="Calls from" htmlFor="settings-call-start" error={issue('callWindow.start')}>
          <input
            id="settings-call-start"
            type="time"
            value={draft.callStart}
            {...describedBy('settings-call-start', issue('callWindow.start'))}
            onChange={(e) => onChange({ callStart: e.target.value })}
          />
        </Field>
        <Field label="Calls until" htmlFor="settings-call-end" error={issue('callWindow.end')}>
          <input
            id="settings-call-end"
            type="time"
            value={draft.callEnd}
            {...describedBy('settings-call-end', issue('callWindow.end'))}
            onChange={(e) => onChange({ callEnd: e.target.value })}
          />
        </Field>
      </div>
    </fieldset>
  );
}

function CommissionFields({ draft, onChange, issue, disabled }: SectionProps) {
  const money = (key: keyof SettingsDraft['money'], text: string) =>
    onChange({ money: { ...draft.money, [key]: text } });
  return (
    <fieldset className="card settings-section" disabled={disabled}>
      <legend>Commissions</legend>
      <div className="settings-grid">
        <Field
          label="Manager save commission ($)"
          htmlFor="settings-save-commission"
          error={issue('saveCommissionCents')}
          hint="Per sale a manager saves; a change applies only to sales recorded after you save"
        >
          <input
            id="settings-save-commission"
            inputMode="decimal"
            value={draft.money.saveCommissionCents}
            {...describedBy('settings-save-commission', issue('saveCommissionCents'))}
            onChange={(e) => money('saveCommissionCents', e.target.value)}
          />
        </Field>
        <Field
          label="Referral credit ($)"
          htmlFor="settings-referral-credit"
          error={issue('referralCreditCents')}
          hint="Credited to the rep for each referral they record; 0 for none"
        >
          <input
            id="settings-referral-credit"
            inputMode="decimal"
            value={draft.money.referralCreditCents}
            {...describedBy('settings-referral-credit', issue('referralCreditCents'))}
            onChange={(e) => money('referralCreditCents', e.target.value)}
          />
        </Field>
      </div>
    </fieldset>
  );
}
