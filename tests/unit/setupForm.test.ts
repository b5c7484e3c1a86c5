// The first start's pure pieces: the zone search, the local-time line, and the form's mapping to the contract.
import { describe, expect, it } from 'vitest';
import {
  blankSetup,
  setupForm,
  stepOfPath,
  toCreateOwnerInput,
} from '../../renderer/features/signIn/setupForm';
import { localTimeIn, matchTimeZones } from '../../renderer/features/signIn/timeZones';
import { createOwnerInput } from '../../shared/contract/setupSchemas';

const ZONES = [
  'America/Argentina/Buenos_Aires',
  'America/Chicago',
  'America/Indiana/Knox',
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
  'Pacific/Chuuk',
];

describe('matchTimeZones', () => {
  it('finds America/Chicago from "chic", in any case', () => {
    expect(matchTimeZones(ZONES, 'chic')).toEqual(['America/Chicago']);
    expect(matchTimeZones(ZONES, 'CHIC')).toEqual(['America/Chicago']);
  });
  it('reads spaces and underscores alike', () => {
    expect(matchTimeZones(ZONES, 'new york')).toEqual(['America/New_York']);
    expect(matchTimeZones(ZONES, 'los_ang')).toEqual(['America/Los_Angeles']);
    expect(matchTimeZones(ZONES, 'buenos a')).toEqual(['America/Argentina/Buenos_Aires']);
  });
  it('puts a part that starts with the text ahead of one that only contains it', () => {
    // "an" starts "Angeles" but only sits inside "Indiana": Los Angeles comes first.
    expect(matchTimeZones(ZONES, 'an')).toEqual(['America/Los_Angeles', 'America/Indiana/Knox']);
    expect(matchTimeZones(ZONES, 'in')).toEqual(['America/Indiana/Knox', 'America/Argentina/Buenos_Aires']);
  });
  it('gives every zone for an empty search and none for a name no zone has', () => {
    expect(matchTimeZones(ZONES, '  ')).toEqual(ZONES);
    expect(matchTimeZones(ZONES, 'springfield')).toEqual([]);
  });
});

describe('localTimeIn', () => {
  const NOON_UTC = Date.parse('2026-12-02T12:00:00Z');
  it('tells the weekday and time in the chosen zone', () => {
    expect(localTimeIn('America/Chicago', NOON_UTC)).toBe('Wednesday 6:00 AM');
    expect(localTimeIn('Asia/Kolkata', NOON_UTC)).toBe('Wednesday 5:30 PM');
  });
  it('says nothing for a zone that is not one', () => {
    expect(localTimeIn('Mars/Olympus', NOON_UTC)).toBe('');
  });
});

describe('the setup form', () => {
  const filled = {
    ...blankSetup('America/Chicago'),
    store: {
      storeName: 'Prairie Tractor',
      storePhone: '630 555 0188',
      region: 'US',
      timeZone: 'America/Chicago',
      storeHours: [null, { open: '09:00', close: '17:00' }, null, null, null, null, null],
    },
    name: 'Rosa Owner',
    pin: '8642',
    pinAgain: '8642',
  };
  it('starts with nothing of the demo: no name, no number, every day closed, the PC’s zone and its country', () => {
    expect(blankSetup('America/Denver')).toEqual({
      store: {
        storeName: '',
        storePhone: '',
        region: 'US',
        timeZone: 'America/Denver',
        storeHours: Array(7).fill(null),
      },
      name: '',
      pin: '',
      pinAgain: '',
    });
    expect(blankSetup('Europe/London').store.region).toBe('GB');
    expect(blankSetup('Australia/Perth').store.region).toBe('AU');
    // A zone of no country leaves the choice to the owner.
    expect(blankSetup('UTC').store.region).toBe('');
  });
  it('sends exactly the contract’s input, without the second PIN', () => {
    const sent = toCreateOwnerInput(filled);
    expect(sent).toEqual({ store: filled.store, name: 'Rosa Owner', pin: '8642' });
    expect(createOwnerInput.safeParse(sent).success).toBe(true);
  });
  it('refuses two different PINs on the second PIN', () => {
    const parsed = setupForm.safeParse({ ...filled, pinAgain: '8643' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['pinAgain', 'The two PINs differ'],
    ]);
  });
  it('sends a server issue to the step that shows its field', () => {
    expect(stepOfPath('store.storePhone')).toBe('store');
    expect(stepOfPath('store.storeHours.3.open')).toBe('store');
    expect(stepOfPath('store')).toBe('store');
    expect(stepOfPath('pin')).toBe('owner');
    expect(stepOfPath('storeroom')).toBe('owner');
  });
});
