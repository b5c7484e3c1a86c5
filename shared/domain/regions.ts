// The country phone numbers are read in: where the store's time zone is, unless the owner says otherwise.
import { getTimezone } from 'countries-and-timezones';
import { type CountryCode, getCountries } from 'libphonenumber-js';

const PHONE_COUNTRIES = new Set<string>(getCountries());

/** The country of an IANA zone ("Europe/London" → "GB"), or null for zones of no country (UTC, Etc/…). */
export function regionOfTimeZone(zone: string): CountryCode | null {
  const first = getTimezone(zone)?.countries.find((c) => PHONE_COUNTRIES.has(c));
  return (first as CountryCode | undefined) ?? null;
}

export interface RegionChoice {
  code: CountryCode;
  name: string;
}

/** Every country libphonenumber can read, by English name ("United Kingdom (GB)" sorts under U). */
export function regionChoices(): RegionChoice[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  return getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
