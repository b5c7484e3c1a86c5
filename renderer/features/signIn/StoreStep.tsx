// First start, step 1: the store's own name, time zone, country (how phones are read), callback number
// and opening hours.
import { useEffect, useState } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { formatPhone, normalizePhone } from '../../../shared/domain/phone';
import { regionOfTimeZone } from '../../../shared/domain/regions';
import { Field } from '../../ui/Field';
import { RegionSelect } from '../../ui/RegionSelect';
import { StoreHoursRows } from './StoreHoursRows';
import type { SetupValues } from './setupForm';
import { TimeZonePicker } from './TimeZonePicker';
import { localTimeIn } from './timeZones';

/** The PC's clock, read again every 15 s so the "now there" line stays true while the owner types. */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const describedBy = (id: string, error: string | undefined, hint = false) =>
  error
    ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` }
    : hint
      ? { 'aria-describedby': `${id}-hint` }
      : {};

export function StoreStep({ form }: { form: UseFormReturn<SetupValues> }) {
  const { errors } = form.formState;
  const now = useNow();
  const phone = form.watch('store.storePhone');
  const timeZone = form.watch('store.timeZone');
  const region = form.watch('store.region');
  const checked = phone.trim() && region ? normalizePhone(phone, region) : null;
  const phoneError = errors.store?.storePhone?.message;
  const zoneError = errors.store?.timeZone?.message;
  const regionError = errors.store?.region?.message;
  const nowThere = localTimeIn(timeZone, now);

  // The country follows the zone chosen until the owner picks one themselves.
  const followZone = (zone: string) => {
    const zoned = regionOfTimeZone(zone);
    if (zoned && !form.getFieldState('store.region').isDirty) form.setValue('store.region', zoned);
  };

  return (
    <>
      <Field label="Store name" htmlFor="setup-store-name" error={errors.store?.storeName?.message} required>
        <input
          id="setup-store-name"
          autoFocus
          aria-required
          placeholder="e.g. Prairie Tractor & Mower"
          {...describedBy('setup-store-name', errors.store?.storeName?.message)}
          {...form.register('store.storeName')}
        />
      </Field>
      <Field label="Time zone" htmlFor="setup-time-zone" error={zoneError} required>
        <Controller
          control={form.control}
          name="store.timeZone"
          render={({ field }) => (
            <TimeZonePicker
              id="setup-time-zone"
              value={field.value}
              onChange={(zone: string) => {
                field.onChange(zone);
                followZone(zone);
              }}
              onBlur={field.onBlur}
              invalid={zoneError !== undefined}
              describedBy={zoneError ? 'setup-time-zone-error' : 'setup-time-zone-now'}
            />
          )}
        />
        {!zoneError && (
          <span className="field-hint" id="setup-time-zone-now">
            {nowThere ? `It is ${nowThere} there now.` : 'Choose the zone of the store.'}
          </span>
        )}
      </Field>
      <Field label="Country" htmlFor="setup-region" error={regionError} required>
        <RegionSelect
          id="setup-region"
          aria-required
          {...describedBy('setup-region', regionError, true)}
          {...form.register('store.region')}
        />
        {!regionError && (
          <span className="field-hint" id="setup-region-hint">
            Phone numbers typed without +country are read as numbers of this country.
          </span>
        )}
      </Field>
      <Field label="Callback phone" htmlFor="setup-store-phone" error={phoneError} required>
        <input
          id="setup-store-phone"
          type="tel"
          aria-required
          placeholder="The number customers call back"
          {...describedBy('setup-store-phone', phoneError, true)}
          {...form.register('store.storePhone', {
            // Shown as customers will read it in every message, once it is a number.
            onBlur: () => {
              if (checked?.ok) form.setValue('store.storePhone', formatPhone(checked.e164, region));
            },
          })}
        />
        {!phoneError && (
          <span className="field-hint" id="setup-store-phone-hint">
            {checked?.ok
              ? `Messages say: “call me back at ${formatPhone(checked.e164, region)}”`
              : 'Every voicemail and text ends with this number'}
          </span>
        )}
      </Field>
      <StoreHoursRows form={form} />
    </>
  );
}
