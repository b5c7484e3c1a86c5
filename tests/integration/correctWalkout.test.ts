// walkouts.correct on both engines: each field family corrected with its audit line before/after, the
// roll-ups and the "with contact" figure exact afterwards, and every refusal writing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/channels';
import { presetPeriod } from '../../shared/domain/period';
import { asBruteForce, bruteForce } from '../support/dashboardBruteForce';
import { rollupsUnlikeRebuild } from '../support/rollupsRebuild';
import { MONDAY_10AM, openStore, type Store, type TeamName, walkoutInput } from './harness';

const TZ = 'America/Chicago';
const NOVEMBER = presetPeriod('month', MONDAY_10AM, TZ);
let store: Store;
let rosa: number; // Sam's, visited 12 Nov: her phone is taken
let ann: number; // Sam's
let bo: number; // Tia's, email only
let cy: number; // Tia's, refused contact details

async function log(who: TeamName, over: Partial<InputOf<'walkouts.create'>>) {
  return (await store.as(who, 'walkouts.create', walkoutInput(over))).walkoutId;
}

const correct = (who: TeamName, walkoutId: number, changes: InputOf<'walkouts.correct'>['changes']) =>
  store.as(who, 'walkouts.correct', { walkoutId, changes });

/** The last audit line, as stored. */
function lastAudit() {
  const row = store.db
    .prepare('SELECT employee_id, action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT 1')
    .get() as { detail: string };
  return { ...row, detail: JSON.parse(row.detail) };
}

/** A refused call: its error, and that not one row was written by it. */
async function refused(who: TeamName, input: unknown) {
  const before = store.writes();
  const err = await store.failAs(who, 'walkouts.correct', input);
  expect(store.writes()).toBe(before);
  return err;
}

async function figures(f: { category?: string; objection?: 'price' | 'financing' } = {}) {
  const got = await store.as('Olive Owner', 'dashboard.figures', {
    ...NOVEMBER,
    ...f,
    previousFrom: presetPeriod('month', Date.parse('2026-10-15T12:00:00-05:00'), TZ).from,
    previousTo: NOVEMBER.from,
    granularity: 'week',
  });
  expect(asBruteForce(got)).toEqual(bruteForce(store.db, { ...NOVEMBER, ...f }, TZ, store.clock.now));
  return got;
}

beforeAll(async () => {
  store = await openStore();
  rosa = await log('Sam Staff', { visitedAt: Date.parse('2026-11-12T11:00:00-06:00') });
  ann = await log('Sam Staff', {
    prospect: { firstName: 'Ann', lastName: 'Lee', phone: '(312) 555-0150', email: '', bestTime: 'Evenings' },
    objectionText: 'Too dear',
  });
  bo = await log('Tia Staff', {
    prospect: { firstName: 'Bo', lastName: 'Kim', phone: '', email: 'bo@example.com' },
    category: 'Mowers',
    objection: 'financing',
  });
  cy = await log('Tia Staff', {
    prospect: { firstName: 'Cy', lastName: 'Ng', phone: '', email: '' },
    contactRefused: true,
  });
});
afterAll(() => store.close());

describe('a walkout corrected', () => {
  it('what they looked at and why not: the walkout row, one audit line, the roll-ups moved', async () => {
    store.clock.now = MONDAY_10AM + 60_000;
    const story = await correct('Sam Staff', ann, {
      product: 'Kubota BX2680 tractor',
      category: 'Mowers',
      priceQuotedCents: 2_149_900,
      closeness: 2,
      objection: 'financing',
      objectionText: 'Needs 0% for 60 months',
      painPoints: 'Steep yard',
      motivation: 'Retiring in spring',
      personalDetails: 'Two grandkids',
    });
    const before = {
      product: 'Kubota BX2380 tractor',
      category: 'Tractors',
      priceQuotedCents: 1_899_900,
      closeness: 4,
      objection: 'price',
      objectionText: 'Too dear',
      painPoints: '',
      motivation: '',
      personalDetails: '',
    };
    const after = {
      product: 'Kubota BX2680 tractor',
      category: 'Mowers',
      priceQuotedCents: 2_149_900,
      closeness: 2,
      objection: 'financing',
      objectionText: 'Needs 0% for 60 months',
      painPoints: 'Steep yard',
      motivation: 'Retiring in spring',
      personalDetails: 'Two grandkids',
    };
    expect(story.walkout).toMatchObject(after);
    expect(story.corrections).toEqual([
      { id: expect.any(Number), at: MONDAY_10AM + 60_000, byName: 'Sam Staff', before, after },
    ]);
    expect(lastAudit()).toEqual({
      employee_id: store.ids['Sam Staff'],
      action: 'correct',
      entity: 'walkout',
      entity_id: ann,
      detail: { before, after },
    });
    expect(await rollupsUnlikeRebuild(store)).toEqual([]);
    expect((await figures({ category: 'Mowers' })).headline.walkouts).toBe(2);
    expect((await figures({ category: 'Tractors' })).headline.walkouts).toBe(2);
    expect((await figures({ objection: 'financing' })).headline.walkouts).toBe(2);
  });

  it('who they are: only the fields that changed are written and audited', async () => {
    const story = await correct('Sam Staff', ann, {
      prospect: {
        firstName: 'Anne',
        lastName: 'Lee',
        phone: '312.555.0150',
        email: ' Anne.Lee@Example.com ',
        bestTime: 'Saturday mornings',
        preferredChannel: 'text',
        contactOk: true,
        shareOk: true,
      },
      product: 'Kubota BX2680 tractor',
    });
    const before = {
      'prospect.firstName': 'Ann',
      'prospect.email': null,
      'prospect.bestTime': 'Evenings',
      'prospect.preferredChannel': 'call',
      'prospect.shareOk': false,
    };
    const after = {
      'prospect.firstName': 'Anne',
      'prospect.email': 'anne.lee@example.com',
      'prospect.bestTime': 'Saturday mornings',
      'prospect.preferredChannel': 'text',
      'prospect.shareOk': true,
    };
    expect(lastAudit().detail).toEqual({ before, after });
    expect(story.prospect).toMatchObject({
      firstName: 'Anne',
      phone: '+13125550150',
      email: 'anne.lee@example.com',
      bestTime: 'Saturday mornings',
      preferredChannel: 'text',
      contactOk: true,
      shareOk: true,
    });
    expect(story.corrections.map((c) => c.after)).toHaveLength(2);
    // The corrected email finds her at the counter now.
    const matches = await store.as('Sam Staff', 'prospects.match', { email: 'anne.lee@example.com' });
    expect(matches.map((m) => m.prospect.firstName)).toEqual(['Anne']);
  });

  it('a mistyped phone: stored E.164, matched by the new number, no longer by the old', async () => {
    await correct('Sam Staff', ann, { prospect: { phone: '(312) 555-0151', contactOk: false } });
    expect(lastAudit().detail).toEqual({
      before: { 'prospect.phone': '+13125550150', 'prospect.contactOk': true },
      after: { 'prospect.phone': '+13125550151', 'prospect.contactOk': false },
    });
    const matched = async (phone: string) =>
      (await store.as('Sam Staff', 'prospects.match', { phone })).map((m) => m.prospect.firstName);
    expect(await matched('3125550151')).toEqual(['Anne']);
    expect(await matched('3125550150')).toEqual([]);
    expect(await rollupsUnlikeRebuild(store)).toEqual([]);
  });

  it('a phone given after refusing: "with contact" counts the visit, as the brute force does', async () => {
    const was = (await figures()).headline.withContact;
    await correct('Tia Staff', cy, { prospect: { phone: '312 555 0177' } });
    expect(store.db.prepare('SELECT has_contact FROM walkouts WHERE id = ?').pluck().get(cy)).toBe(1);
    expect((await figures()).headline.withContact).toBe(was + 1);
    expect(await rollupsUnlikeRebuild(store)).toEqual([]);
  });

  it('an email changed on an email-only prospect keeps them "with contact"', async () => {
    const was = (await figures()).headline.withContact;
    await correct('Tia Staff', bo, { prospect: { email: 'bo.kim@example.com' } });
    expect((await figures()).headline.withContact).toBe(was);
    expect(await rollupsUnlikeRebuild(store)).toEqual([]);
  });

  it('a manager corrects anyone’s walkout; a sold one keeps its sale', async () => {
    await store.as('Max Manager', 'walkouts.recordSale', {
      walkoutId: rosa,
      closer: 'manager_save',
      amountCents: 1_750_000,
    });
    const story = await correct('Max Manager', rosa, { objection: 'timing', category: 'Compact tractors' });
    expect(story.walkout).toMatchObject({
      status: 'sold',
      saleAmountCents: 1_750_000,
      objection: 'timing',
      category: 'Compact tractors',
    });
    expect(story.corrections.at(-1)?.byName).toBe('Max Manager');
    expect(await rollupsUnlikeRebuild(store)).toEqual([]);
    await figures({ category: 'Compact tractors' });
  });

  it('a walkout reassigned away can still be corrected by the rep who logged it, and by its new owner', async () => {
    const dee = await log('Tia Staff', {
      prospect: { firstName: 'Dee', lastName: 'Ray', phone: '(312) 555-0160', email: '' },
    });
    await store.as('Max Manager', 'followUps.reassign', {
      walkoutId: dee,
      toEmployeeId: store.ids['Sam Staff'],
    });
    await correct('Tia Staff', dee, { painPoints: 'Gravel drive' });
    await correct('Sam Staff', dee, { painPoints: 'Gravel drive, steep' });
    expect(lastAudit().detail).toEqual({
      before: { painPoints: 'Gravel drive' },
      after: { painPoints: 'Gravel drive, steep' },
    });
  });
});

describe('a correction refused, nothing written', () => {
  it('staff on another rep’s walkout', async () => {
    const err = await refused('Tia Staff', { walkoutId: ann, changes: { product: 'Anything' } });
    expect(err).toMatchObject({
      code: 'NOT_ALLOWED',
      message: 'Only the rep who logged this walkout, or a manager, can correct it.',
    });
  });

  it('a phone that is another person’s: named, with their visit, and no merge', async () => {
    const err = await refused('Sam Staff', {
      walkoutId: ann,
      changes: { prospect: { phone: '312-555-0142' } },
    });
    expect(err).toEqual({
      code: 'CONFLICT',
      message: 'That phone belongs to Rosa Diaz (visited 12 Nov): log a return visit instead.',
      issues: [{ path: 'changes.prospect.phone', message: "Rosa Diaz's phone" }],
    });
  });

  it('an email that is another person’s', async () => {
    const err = await refused('Sam Staff', {
      walkoutId: ann,
      changes: { prospect: { email: 'BO.KIM@example.com' } },
    });
    expect(err.message).toBe('That email belongs to Bo Kim (visited 23 Nov): log a return visit instead.');
  });

  it('nothing different from what is stored', async () => {
    const err = await refused('Sam Staff', {
      walkoutId: ann,
      changes: { product: 'Kubota BX2680 tractor', prospect: { phone: '(312) 555-0151', firstName: 'Anne' } },
    });
    expect(err).toMatchObject({
      code: 'VALIDATION',
      message: 'Nothing changed: the details are as they were.',
    });
  });

  it('bad fields: each issue on its path', async () => {
    const err = await refused('Sam Staff', {
      walkoutId: ann,
      changes: { product: ' ', closeness: 9, prospect: { firstName: '', email: 'anne@' } },
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.issues).toEqual([
      { path: 'changes.product', message: 'What did they look at?' },
      { path: 'changes.closeness', message: 'How close: 1 to 5' },
      { path: 'changes.prospect.firstName', message: 'Enter a first name' },
      { path: 'changes.prospect.email', message: 'Enter a valid email address' },
    ]);
  });

  it('a phone that is not a phone number', async () => {
    const err = await refused('Sam Staff', { walkoutId: ann, changes: { prospect: { phone: '555-01' } } });
    expect(err).toEqual({
      code: 'VALIDATION',
      message: '"555-01" is not a valid phone number',
      issues: [{ path: 'changes.prospect.phone', message: '"555-01" is not a valid phone number' }],
    });
  });

  it('the only way to reach them cleared', async () => {
    const err = await refused('Tia Staff', { walkoutId: bo, changes: { prospect: { email: '' } } });
    expect(err.message).toBe('Keep a phone or an email: without both there is no way to reach them.');
  });

  it('"OK to contact" for someone who asked not to be contacted; their other details still correctable', async () => {
    const logged = await store.as(
      'Tia Staff',
      'walkouts.create',
      walkoutInput({ prospect: { firstName: 'Eve', lastName: 'Ott', phone: '(312) 555-0170', email: '' } }),
    );
    await store.as('Tia Staff', 'followUps.complete', {
      followUpId: logged.firstContact!.followUpId,
      outcome: 'do_not_contact',
    });
    const err = await refused('Tia Staff', {
      walkoutId: logged.walkoutId,
      changes: { prospect: { contactOk: true } },
    });
    expect(err).toEqual({
      code: 'VALIDATION',
      message: 'They asked not to be contacted: that is not corrected here.',
      issues: [{ path: 'changes.prospect.contactOk', message: 'They asked not to be contacted' }],
    });
    const story = await correct('Tia Staff', logged.walkoutId, { prospect: { lastName: 'Otto' } });
    expect(story.prospect).toMatchObject({ lastName: 'Otto', doNotContact: true, contactOk: false });
  });

  it('the sale amount, which is not a detail of the visit', async () => {
    const err = await refused('Max Manager', { walkoutId: rosa, changes: { saleAmountCents: 100 } });
    expect(err.message).toBe(
      'The sale amount is not corrected here: a manager reopens the sale and records it again.',
    );
  });

  it('a walkout nobody has', async () => {
    const err = await refused('Max Manager', { walkoutId: 999_999, changes: { product: 'X' } });
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'That walkout was not found.' });
  });
});

describe('a corrected person erased', () => {
  it('takes the old values in the corrections with them', async () => {
    await store.as('Olive Owner', 'prospects.erase', {
      prospectId: store.db
        .prepare('SELECT prospect_id FROM walkouts WHERE id = ?')
        .pluck()
        .get(ann) as number,
      confirm: 'Anne Lee',
    });
    const details = store.db
      .prepare(
        "SELECT detail FROM audit_log WHERE entity = 'walkout' AND entity_id = ? AND action = 'correct'",
      )
      .pluck()
      .all(ann) as string[];
    expect(details).toHaveLength(3);
    for (const old of [
      '+13125550150',
      '+13125550151',
      'anne.lee@example.com',
      'Evenings',
      'Ann',
      'Too dear',
    ]) {
      expect(details.filter((d) => d.includes(old))).toEqual([]);
    }
  });
});
