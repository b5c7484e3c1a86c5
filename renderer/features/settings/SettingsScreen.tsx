// Owners change, managers read: store details, hours, the calling window, the cadence and commission amounts.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { get, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { Settings } from '../../../shared/domain/settings';
import { messageIn, placeIssues } from '../../api/fieldIssues';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { errorProps, Field } from '../../ui/Field';
import { RegionSelect } from '../../ui/RegionSelect';
import { CadenceFields } from './CadenceFields';
import { StoreHoursFields } from './StoreHoursFields';
import {
  changedSettings,
  type SectionProps,
  type SettingsDraft,
  type SettingsRead,
  settingsFormSchema,
  toDraft,
  wholeRange,
} from './settingsDraft';
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
  const form = useForm<SettingsDraft, unknown, SettingsRead>({
    resolver: zodResolver(settingsFormSchema),
    defaultValues: toDraft(initial),
  });
  const [notice, setNotice] = useState<'saved' | 'unchanged' | 'fix' | null>(null);
  const { errors } = form.formState;
  const section: SectionProps = {
    form,
    error: (path) => messageIn(get(errors, path)),
    disabled: !canEdit,
  };

  const submit = form.handleSubmit(
    (read) => {
      update.reset();
      const patch = changedSettings(read, base);
      if (!Object.keys(patch).length) return setNotice('unchanged');
      setNotice(null);
      update.mutate(patch, {
        onSuccess: (saved) => {
          setBase(saved);
          form.reset(toDraft(saved));
          setNotice('saved');
        },
        // The banner keeps the server's words; each issue is on its field too.
        onError: (err) => placeIssues(form, err.issues),
      });
    },
    () => {
      update.reset();
      setNotice('fix');
    },
  );

  return (
    // noValidate: the form's own messages (and the server's) explain a bad value better than the browser.
    <form
      className="settings-form"
      aria-label="Store settings"
      noValidate
      onSubmit={submit}
      onChange={() => notice !== 'fix' && setNotice(null)}
    >
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
          {notice === 'fix' && (
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

type TextName =
  | Exclude<keyof SettingsDraft, 'storeHours' | 'callWindow'>
  | 'callWindow.start'
  | 'callWindow.end';

/** An input of the settings form, named by its settings path and tied to its error line. */
function textInput(
  { form, error }: SectionProps,
  name: TextName,
  id: string,
  extra: React.InputHTMLAttributes<HTMLInputElement> = {},
) {
  return <input id={id} {...extra} {...errorProps(id, error(name))} {...form.register(name)} />;
}

function StoreFields(props: SectionProps) {
  const { error, disabled, form } = props;
  return (
    <fieldset className="card settings-section" disabled={disabled}>
      <legend>Store</legend>
      <Field label="Store name" htmlFor="settings-store-name" error={error('storeName')}>
        {textInput(props, 'storeName', 'settings-store-name')}
      </Field>
      <Field
        label="Store phone for callbacks"
        htmlFor="settings-store-phone"
        error={error('storePhone')}
        hint="Messages end with “call me back at …” this number"
      >
        {textInput(props, 'storePhone', 'settings-store-phone', { type: 'tel' })}
      </Field>
      <div className="settings-grid">
        <Field
          label="Time zone"
          htmlFor="settings-time-zone"
          error={error('timeZone')}
          hint="Due times and reports use it, e.g. America/Chicago"
        >
          {textInput(props, 'timeZone', 'settings-time-zone', {
            list: 'settings-time-zones',
            autoComplete: 'off',
          })}
        </Field>
        <Field
          label="Country"
          htmlFor="settings-region"
          error={error('defaultRegion')}
          hint="Phone numbers typed without +country are read as numbers of this country."
        >
          <RegionSelect
            id="settings-region"
            {...errorProps('settings-region', error('defaultRegion'))}
            {...form.register('defaultRegion')}
          />
        </Field>
      </div>
      <IdleLockField {...props} />
      <datalist id="settings-time-zones">
        {TIME_ZONES.map((tz) => (
          <option key={tz} value={tz} />
        ))}
      </datalist>
    </fieldset>
  );
}

function IdleLockField(props: SectionProps) {
  const { min, max } = wholeRange('idleLockMinutes');
  return (
    <Field
      label="Lock the PC after (minutes)"
      htmlFor="settings-idle-lock"
      error={props.error('idleLockMinutes')}
      hint={`Minutes with no key pressed or click; a 30-second warning comes first (${min}–${max})`}
    >
      {textInput(props, 'idleLockMinutes', 'settings-idle-lock', {
        type: 'number',
        inputMode: 'numeric',
        min,
        max,
        step: 1,
      })}
    </Field>
  );
}

function CallWindowFields(props: SectionProps) {
  const { error, disabled } = props;
  return (
    <fieldset className="card settings-section" disabled={disabled}>
      <legend>Calls allowed between</legend>
      <p className="hint">Calls and texts fall due only inside this window and the store's hours.</p>
      <div className="settings-grid">
        <Field label="Calls from" htmlFor="settings-call-start" error={error('callWindow.start')}>
          {textInput(props, 'callWindow.start', 'settings-call-start', { type: 'time' })}
        </Field>
        <Field label="Calls until" htmlFor="settings-call-end" error={error('callWindow.end')}>
          {textInput(props, 'callWindow.end', 'settings-call-end', { type: 'time' })}
        </Field>
      </div>
    </fieldset>
  );
}

function CommissionFields(props: SectionProps) {
  const { error, disabled } = props;
  return (
    <fieldset className="card settings-section" disabled={disabled}>
      <legend>Commissions</legend>
      <div className="settings-grid">
        <Field
          label="Manager save commission ($)"
          htmlFor="settings-save-commission"
          error={error('saveCommissionCents')}
          hint="Per sale a manager saves; a change applies only to sales recorded after you save"
        >
          {textInput(props, 'saveCommissionCents', 'settings-save-commission', { inputMode: 'decimal' })}
        </Field>
        <Field
          label="Referral credit ($)"
          htmlFor="settings-referral-credit"
          error={error('referralCreditCents')}
          hint="Credited to the rep for each referral they record; 0 for none"
        >
          {textInput(props, 'referralCreditCents', 'settings-referral-credit', { inputMode: 'decimal' })}
        </Field>
      </div>
    </fieldset>
  );
}
