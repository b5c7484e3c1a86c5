// The counter form's values as a walkouts.create input: for a returning prospect only the channel and
// consents the employee changed are sent; for a new one all of them are.
import { describe, expect, it } from 'vitest';
import {
  choicesSaidToday,
  EMPTY_WALKOUT,
  toWalkoutInput,
} from '../../../renderer/features/counter/walkoutFormValues';
import type { ProspectDto } from '../../../shared/contract/dto';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';

const ctx = { region: 'US', store: DEFAULT_SETTINGS, now: Date.parse('2026-11-23T10:00:00-06:00') };
const filled = {
  ...EMPTY_WALKOUT,
  prospect: { ...EMPTY_WALKOUT.prospect, firstName: 'Rosa', phone: '312-555-0161' },
  product: 'SUV',
  objection: 'price' as const,
};
const withProspect = (p: Partial<typeof filled.prospect>) => ({
  ...filled,
  prospect: { ...filled.prospect, ...p },
});
const ROSA: ProspectDto = {
  id: 7,
  firstName: 'Rosa',
  lastName: 'Diaz',
  phone: '+13125550161',
  email: null,
  preferredChannel: 'text',
  bestTime: 'Evenings',
  contactOk: true,
  shareOk: true,
  doNotContact: false,
  source: 'walk_in',
};

function prospectOf(result: ReturnType<typeof toWalkoutInput>) {
  if (!('input' in result)) throw new Error(JSON.stringify(result.issues));
  return { prospect: result.input.prospect, existingProspectId: result.input.existingProspectId };
}

describe('toWalkoutInput', () => {
  it('sends a new prospect’s channel and consents as the form holds them', () => {
    expect(prospectOf(toWalkoutInput(filled, { confirmNewProspect: true }, ctx)).prospect).toEqual({
      firstName: 'Rosa',
      lastName: '',
      phone: '312-555-0161',
      email: '',
      bestTime: '',
      preferredChannel: 'call',
      contactOk: true,
      shareOk: false,
    });
  });

  it('for a returning prospect sends no choice left as stored, and only the one changed', () => {
    const asStored = withProspect({ firstName: '', preferredChannel: 'text', shareOk: true });
    expect(prospectOf(toWalkoutInput(asStored, { returning: ROSA }, ctx))).toEqual({
      prospect: { firstName: '', lastName: '', phone: '312-555-0161', email: '', bestTime: '' },
      existingProspectId: 7,
    });
    const shareUnticked = { ...asStored, prospect: { ...asStored.prospect, shareOk: false } };
    expect(prospectOf(toWalkoutInput(shareUnticked, { returning: ROSA }, ctx)).prospect).toEqual({
      firstName: '',
      lastName: '',
      phone: '312-555-0161',
      email: '',
      bestTime: '',
      shareOk: false,
    });
  });

  it('a new prospect without a first name is stopped before a round trip', () => {
    const result = toWalkoutInput(withProspect({ firstName: '' }), {}, ctx);
    expect(result).toEqual({ issues: [{ path: 'prospect.firstName', message: 'Enter a first name' }] });
  });

  it('reads the typed "when" in store time, and an unreadable one lands on its field', () => {
    const soon = toWalkoutInput({ ...filled, nextStepAt: 'tomorrow 5pm' }, {}, ctx);
    expect('input' in soon && soon.input.nextStepAt).toBe(Date.parse('2026-11-24T17:00:00-06:00'));
    const empty = toWalkoutInput(filled, {}, ctx);
    expect('input' in empty && empty.input.nextStepAt).toBeNull();
    const bad = toWalkoutInput({ ...filled, nextStepAt: 'someday' }, {}, ctx);
    expect(bad).toEqual({
      issues: [{ path: 'nextStepAt', message: expect.stringContaining('Cannot read') }],
    });
  });

  it('"Same person" chosen after typing keeps the stored choices except those changed today', () => {
    const stored = { preferredChannel: 'text' as const, contactOk: false, shareOk: true };
    const untouched = { preferredChannel: 'call' as const, contactOk: true, shareOk: false };
    expect(choicesSaidToday(stored, untouched)).toEqual(stored);
    const saidNoSharing = {
      ...untouched,
      preferredChannel: 'email' as const,
      shareOk: false,
      contactOk: false,
    };
    expect(choicesSaidToday(stored, saidNoSharing)).toEqual({
      preferredChannel: 'email',
      contactOk: false,
      shareOk: true,
    });
  });

  it('reads the typed price as cents and says how to write one it cannot read, on its own path', () => {
    const priced = toWalkoutInput({ ...filled, priceQuotedCents: '$41,900' }, {}, ctx);
    expect('input' in priced && priced.input.priceQuotedCents).toBe(4_190_000);
    const blank = toWalkoutInput(filled, {}, ctx);
    expect('input' in blank && blank.input.priceQuotedCents).toBeNull();
    expect(toWalkoutInput({ ...filled, priceQuotedCents: 'forty' }, {}, ctx)).toEqual({
      issues: [{ path: 'priceQuotedCents', message: 'Write the price like 41900 or $41,900' }],
    });
  });

  it('a phone the region cannot read and a missing objection land on prospect.phone and objection', () => {
    const result = toWalkoutInput({ ...withProspect({ phone: '12' }), objection: '' }, {}, ctx);
    expect(result).toEqual({
      issues: [
        { path: 'prospect.phone', message: expect.stringMatching(/phone/i) },
        { path: 'objection', message: "Why didn't they buy?" },
      ],
    });
  });

  it('refused contact details send no phone or email, whatever the disabled fields hold', () => {
    const refused = { ...withProspect({ email: 'rosa@example.com' }), contactRefused: true };
    const result = prospectOf(toWalkoutInput(refused, { confirmNewProspect: true }, ctx));
    expect(result.prospect).toMatchObject({ phone: '', email: '' });
  });

  it('an unreadable text does not hide the checks across fields: every mistake comes back at once', () => {
    const result = toWalkoutInput({ ...withProspect({ firstName: '' }), priceQuotedCents: 'forty' }, {}, ctx);
    expect(result).toEqual({
      issues: [
        { path: 'priceQuotedCents', message: 'Write the price like 41900 or $41,900' },
        { path: 'prospect.firstName', message: 'Enter a first name' },
      ],
    });
  });
});
