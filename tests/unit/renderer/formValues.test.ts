// The pure form mappers: typed text (dollars, days, area codes, lists, dates) → the contract's input, with
// each problem on its field's path; and a record → the text the form shows.
import { describe, expect, it } from 'vitest';
import { partnerFormSchema, partnerFormValues } from '../../../renderer/features/partners/partnerFormValues';
import { reasonFormSchema, reasonFormValues } from '../../../renderer/features/reasons/reasonFormValues';
import { blankPerson, referralFormSchema } from '../../../renderer/features/walkout/referralFormValues';
import { saleFormSchema } from '../../../renderer/features/walkout/saleFormValues';

const TZ = 'America/Chicago';
const issuesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('the reason form', () => {
  const typed = { ...reasonFormValues(null, TZ), text: 'New tow package on every crew cab' };

  it('starts blank as a new product reason', () => {
    expect(reasonFormValues(null, TZ)).toEqual({
      text: '',
      category: 'new_product',
      products: '',
      categories: '',
      objections: [],
      activeFrom: '',
      activeUntil: '',
    });
  });

  it('reads lists and store-local dates (midnight in the store, daylight time included)', () => {
    const read = reasonFormSchema(TZ).parse({
      ...typed,
      products: 'Summit, , Crew cab ',
      activeFrom: '2026-03-08',
      activeUntil: '2026-11-01',
    });
    expect(read).toMatchObject({ products: ['Summit', 'Crew cab'], categories: [], objections: [] });
    expect(read.activeFrom).toBe(Date.parse('2026-03-08T00:00:00-06:00'));
    expect(read.activeUntil).toBe(Date.parse('2026-11-01T00:00:00-05:00'));
  });

  it('puts the contract’s own messages on the fields', () => {
    const r = reasonFormSchema(TZ).safeParse({ ...typed, text: 'new', products: 'x'.repeat(61) });
    expect(issuesOf(r)).toEqual([['text', 'Say the reason in a sentence']]);
    const order = reasonFormSchema(TZ).safeParse({
      ...typed,
      activeFrom: '2026-12-01',
      activeUntil: '2026-11-01',
    });
    expect(issuesOf(order)).toEqual([['activeUntil', '"Active until" must be after "active from"']]);
    const tooLong = reasonFormSchema(TZ).safeParse({ ...typed, products: `ok, ${'x'.repeat(61)}` });
    expect(issuesOf(tooLong).map(([path]) => path)).toEqual(['products.1']);
  });

  it('shows a stored reason as typed text', () => {
    const at = Date.parse('2026-12-24T00:00:00-06:00');
    expect(
      reasonFormValues(
        {
          id: 1,
          text: 'Year-end rebate',
          category: 'news',
          products: ['Summit', 'Ridge'],
          categories: [],
          objections: ['price'],
          activeFrom: null,
          activeUntil: at,
        } as never,
        TZ,
      ),
    ).toMatchObject({ products: 'Summit, Ridge', activeFrom: '', activeUntil: '2026-12-24' });
  });
});

describe('the partner form', () => {
  const typed = { ...partnerFormValues(null, TZ), name: 'Beta Auto' };

  it('starts with sharing after 14 days and no commission', () => {
    expect(partnerFormValues(null, TZ)).toMatchObject({
      shareAfterDays: '14',
      commissionCents: '',
      areaCodes: '',
    });
  });

  it('reads dollars as cents, area codes once each, days as a number', () => {
    expect(
      partnerFormSchema(TZ).parse({
        ...typed,
        commissionCents: '$75.50',
        areaCodes: '(312) 773; 312',
        shareAfterDays: ' 30 ',
      }),
    ).toMatchObject({
      commissionCents: 7550,
      areaCodes: ['312', '773'],
      shareAfterDays: 30,
      activeFrom: null,
    });
    expect(partnerFormSchema(TZ).parse(typed)).toMatchObject({
      commissionCents: 0,
      areaCodes: [],
      shareAfterDays: 14,
    });
  });

  it.each([
    [{ commissionCents: '75 dollars' }, 'commissionCents', 'Enter an amount like 75 or 75.50'],
    [{ areaCodes: '312, 77' }, 'areaCodes', '"77" is not an area code: an area code is 3 digits, like 312'],
    [{ shareAfterDays: '' }, 'shareAfterDays', 'Enter a number of days from 0 to 365'],
    [{ shareAfterDays: '2.5' }, 'shareAfterDays', 'Enter a number of days from 0 to 365'],
    [{ shareAfterDays: '366' }, 'shareAfterDays', 'Enter a number of days from 0 to 365'],
    [{ name: ' ' }, 'name', 'Enter the partner’s name'],
  ])('%j is refused on %s', (change, path, message) => {
    expect(issuesOf(partnerFormSchema(TZ).safeParse({ ...typed, ...change }))).toEqual([[path, message]]);
  });

  it('shows stored cents as dollars, keeping cents only when there are some', () => {
    const partner = {
      name: 'B',
      contact: '',
      sharedFields: [],
      commissionCents: 7500,
      territory: '',
      areaCodes: ['312'],
      shareAfterDays: 7,
      categories: ['Trucks', 'SUVs'],
      activeFrom: null,
      activeUntil: null,
    } as never;
    expect(partnerFormValues(partner, TZ)).toMatchObject({
      commissionCents: '75',
      areaCodes: '312',
      shareAfterDays: '7',
    });
    expect(
      partnerFormValues({ ...(partner as object), commissionCents: 7550 } as never, TZ).commissionCents,
    ).toBe('75.50');
  });
});

describe('the referrals form', () => {
  const hector = { ...blankPerson(), firstName: 'Hector', phone: '312 555 0182' };

  it('passes filled rows and lets blank rows be', () => {
    expect(referralFormSchema.safeParse({ people: [hector, blankPerson()] }).success).toBe(true);
  });

  it('checks each filled row where it stands, with the contract’s messages', () => {
    const r = referralFormSchema.safeParse({
      people: [blankPerson(), { ...blankPerson(), firstName: 'Ivy' }, { ...blankPerson(), phone: '312' }],
    });
    expect(issuesOf(r)).toEqual([
      ['people.1.phone', 'Enter a phone number'],
      ['people.2.firstName', 'Enter a first name'],
    ]);
  });

  it('asks for at least one person', () => {
    expect(issuesOf(referralFormSchema.safeParse({ people: [blankPerson()] }))).toEqual([
      ['people', 'Add at least one person'],
    ]);
  });
});

describe('the desk’s sale form', () => {
  const typed = { walkoutId: 7, closer: 'manager_save' as const };

  it('reads the amount as typed as cents', () => {
    expect(saleFormSchema.parse({ ...typed, amountCents: '$41,900' })).toEqual({
      ...typed,
      amountCents: 4_190_000,
    });
    expect(saleFormSchema.parse({ ...typed, amountCents: '41900.5' }).amountCents).toBe(4_190_050);
  });

  it.each(['', 'forty grand', '41.999'])('refuses %j on the amount', (amountCents) => {
    expect(issuesOf(saleFormSchema.safeParse({ ...typed, amountCents }))).toEqual([
      ['amountCents', 'Write the sale amount like 41900 or $41,900.'],
    ]);
  });
});
