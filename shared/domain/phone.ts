// Phone numbers: stored E.164, shown in national format for the store's region.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

export type PhoneCheck = { ok: true; e164: string } | { ok: false; message: string };

export function normalizePhone(raw: string, region: string): PhoneCheck {
  const trimmed = raw.trim();
  if (!trimmed) return { ok: false, message: 'Enter a phone number' };
  const parsed = parsePhoneNumberFromString(trimmed, region as CountryCode);
  if (!parsed?.isValid()) {
    return { ok: false, message: `"${trimmed}" is not a valid phone number` };
  }
  return { ok: true, e164: parsed.number };
}

export function formatPhone(e164: string | null, region: string): string {
  if (!e164) return '';
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === region ? parsed.formatNational() : parsed.formatInternational();
}

/** The area code of a stored E.164 phone, or null when it is not a North American number. */
export function areaCodeOf(e164: string | null): string | null {
  if (!e164) return null;
  const parsed = parsePhoneNumberFromString(e164);
  if (parsed?.countryCallingCode !== '1') return null;
  return parsed.nationalNumber.slice(0, 3);
}
