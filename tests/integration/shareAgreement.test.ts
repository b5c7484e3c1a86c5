// The agreement's territory (area codes of the prospect's phone) and "share after" days decide what leaves,
// and a recorded file can be sent again in any format: exact counts and messages through the router.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLeads } from '../../electron/services/partners/formats';
import { openStore, type Store, walkoutInput } from './harness';

const DAY = 86_400_000;
const ALL = ['open', 'not_now', 'lost'] as const;

let store: Store;
const prospectOf: Record<string, number> = {};
beforeAll(async () => {
  store = await openStore();
  const now = store.clock.now;
  // name, phone (blank: e-mail only), visit age
  const visits: [string, string, number][] = [
    ['Ana', '(312) 555-0101', 20 * DAY],
    ['Ben', '(773) 555-0102', 15 * DAY],
    ['Cy', '(630) 555-0103', 20 * DAY],
    ['Dee', '', 20 * DAY],
    ['Eve', '(312) 555-0105', 3 * DAY],
    ['Fay', '(312) 555-0106', 14 * DAY],
    ['Gus', '(773) 555-0107', 14 * DAY - 60_000],
    ['Hal', '+44 20 7946 0018', 25 * DAY],
  ];
  for (const [firstName, phone, age] of visits) {
    const created = await store.as(
      'Sam Staff',
      'walkouts.create',
      walkoutInput({
        prospect: {
          firstName,
          lastName: 'Lead',
          phone,
          email: `${firstName.toLowerCase()}@example.com`,
          shareOk: true,
        },
        visitedAt: now - age,
      }),
    );
    prospectOf[firstName] = created.prospectId;
  }
});
afterAll(() => store.close());

async function partner(name: string, over: { areaCodes?: string[]; shareAfterDays?: number } = {}) {
  return store.as('Olive Owner', 'partners.create', { name, ...over });
}
const preview = (partnerId: number) =>
  store.as('Olive Owner', 'partners.exportPreview', { partnerId, statuses: [...ALL] });
function namesIn(format: 'json' | 'csv' | 'adf', content: string): string[] {
  const read = readLeads(format, content, { defaultRegion: 'US' });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.records.map((l) => l.firstName).sort();
}

describe('territory and share after', () => {
  it('keeps home the leads outside the area codes and those still being worked, and counts them', async () => {
    const north = await partner('North Side Motors', { areaCodes: ['312', '773'] });
    expect(north).toMatchObject({ areaCodes: ['312', '773'], shareAfterDays: 14 });
    const p = await preview(north.id);
    expect(p.shareAfterDays).toBe(14);
    expect(p.qualifying).toBe(3);
    expect(p.leftOut).toEqual({
      noShareConsent: 0,
      doNotContact: 0,
      noContactDetails: 0,
      alreadyShared: 0,
      outsideAgreement: 0,
      // Cy (630), Dee (no phone), Hal (+44)
      outsideTerritory: 3,
      // Eve (3 days), Gus (a minute short of 14 days)
      stillBeingWorked: 2,
    });
    expect(p.sample.map((s) => s.prospectName).sort()).toEqual(['Ana Lead', 'Ben Lead', 'Fay Lead']);
    const file = await store.as('Olive Owner', 'partners.exportLeads', {
      partnerId: north.id,
      statuses: [...ALL],
      format: 'csv',
    });
    expect(namesIn('csv', file.content)).toEqual(['Ana', 'Ben', 'Fay']);
  });

  it('an agreement with no area codes and share after 0 lets every consented lead go', async () => {
    const anywhere = await partner('Anywhere Auto', { shareAfterDays: 0 });
    const p = await preview(anywhere.id);
    expect(p).toMatchObject({ qualifying: 8, shareAfterDays: 0 });
    expect(Object.values(p.leftOut).every((n) => n === 0)).toBe(true);
  });

  it('editing the agreement moves the counts: a longer share after keeps more home', async () => {
    const edited = await partner('Edited Equipment', { areaCodes: ['312'], shareAfterDays: 0 });
    expect((await preview(edited.id)).qualifying).toBe(3); // Ana, Eve, Fay
    await store.as('Olive Owner', 'partners.update', {
      id: edited.id,
      name: 'Edited Equipment',
      areaCodes: ['312'],
      shareAfterDays: 18,
    });
    const p = await preview(edited.id);
    expect(p.qualifying).toBe(1); // Ana (20 days)
    expect(p.leftOut).toMatchObject({ stillBeingWorked: 2, outsideTerritory: 5 });
  });

  it.each([
    [{ areaCodes: ['31'] }, 'areaCodes.0', '"31" is not an area code: an area code is 3 digits, like 312'],
    [{ areaCodes: ['312', '112'] }, 'areaCodes.1', '"112" is not an area code: none starts with 0 or 1'],
    [{ areaCodes: ['911'] }, 'areaCodes.0', '"911" is a service number (like 911), not an area code'],
    [{ shareAfterDays: 366 }, 'shareAfterDays', 'Enter a number of days from 0 to 365'],
    [{ shareAfterDays: -1 }, 'shareAfterDays', 'Enter a number of days from 0 to 365'],
    [{ shareAfterDays: 1.5 }, 'shareAfterDays', 'Enter a whole number of days'],
  ])('refuses %j with a clear message and writes nothing', async (over, path, message) => {
    const partners = store.count('partners');
    const audit = store.count('audit_log');
    const error = await store.failAs('Olive Owner', 'partners.create', { name: 'Bad Agreement', ...over });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(message);
    expect(error.issues).toEqual([{ path, message }]);
    expect(store.count('partners')).toBe(partners);
    expect(store.count('audit_log')).toBe(audit);
  });
});

describe('sending a file again', () => {
  it('sends the same leads with the same share ids in each format, recorded as a re-send', async () => {
    const again = await partner('Again Agri', { shareAfterDays: 0, areaCodes: ['312'] });
    const first = await store.as('Olive Owner', 'partners.exportLeads', {
      partnerId: again.id,
      statuses: [...ALL],
      format: 'json',
    });
    expect(first.count).toBe(3); // Ana, Eve, Fay
    const firstIds = (JSON.parse(first.content) as { leads: { shareId: string }[] }).leads.map(
      (l) => l.shareId,
    );
    // A second export finds nothing new: that is what "already shared" means.
    expect((await preview(again.id)).leftOut.alreadyShared).toBe(3);

    for (const format of ['csv', 'adf', 'json'] as const) {
      const batches = store.count('share_batches');
      const audit = store.count('audit_log');
      const resent = await store.as('Olive Owner', 'partners.resend', { batchId: first.batchId!, format });
      expect(resent).toMatchObject({ count: 3, resendOf: first.batchId, noLongerShareable: 0, leftOut: {} });
      expect(resent.fileName).toMatch(
        new RegExp(`^beback-leads-for-again-agri-.*-again\\.${format === 'adf' ? 'xml' : format}$`),
      );
      const read = readLeads(format, resent.content, { defaultRegion: 'US' });
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      expect(read.records.map((l) => l.shareId).sort()).toEqual([...firstIds].sort());
      expect(store.count('share_batches')).toBe(batches + 1);
      expect(store.count('audit_log')).toBe(audit + 1);
      const row = store.db
        .prepare('SELECT kind, format, resend_of, lead_count FROM share_batches WHERE id = ?')
        .get(resent.batchId);
      expect(row).toEqual({ kind: 'lead_export', format, resend_of: first.batchId, lead_count: 3 });
    }
    const batches = await store.as('Olive Owner', 'partners.batches', { partnerId: again.id });
    expect(batches.map((b) => b.resendOf)).toEqual([first.batchId, first.batchId, first.batchId, null]);
    // Leads shared are people, not files: three, however often they were sent.
    const listed = (await store.as('Olive Owner', 'partners.list', {})).find((p) => p.id === again.id);
    expect(listed?.leadsShared).toBe(3);
  });

  it('the partner’s outcomes stand for the re-sent leads: the same outcomes file again changes nothing', async () => {
    const told = await partner('Told Twice Trucks', { shareAfterDays: 0, areaCodes: ['630'] });
    const first = await store.as('Olive Owner', 'partners.exportLeads', {
      partnerId: told.id,
      statuses: [...ALL],
      format: 'json',
    });
    const [cy] = (JSON.parse(first.content) as { leads: { shareId: string }[] }).leads;
    const content = JSON.stringify({
      format: 'beback-outcomes',
      version: 1,
      exportedAt: '2026-11-23T15:00:00Z',
      sender: { distributor: 'Told Twice Trucks' },
      outcomes: [{ shareId: cy.shareId, outcome: 'not_interested' }],
    });
    const outcomes = { partnerId: told.id, fileName: 'told.json', content };
    expect(await store.as('Olive Owner', 'partners.importOutcomes', outcomes)).toMatchObject({ updated: 1 });
    await store.as('Olive Owner', 'partners.resend', { batchId: first.batchId!, format: 'csv' });
    expect(await store.as('Olive Owner', 'partners.importOutcomes', outcomes)).toEqual({
      batchId: null,
      sold: 0,
      credits: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it('never adds a lead, and leaves out the erased, the unconsented and the do-not-contact', async () => {
    const sent = await partner('Sent Twice Sales', { shareAfterDays: 0 });
    const first = await store.as('Olive Owner', 'partners.exportLeads', {
      partnerId: sent.id,
      statuses: [...ALL],
      category: 'Tractors',
      format: 'csv',
    });
    expect(first.count).toBe(8);
    // After the first send: Ana withdraws share consent, Ben asks not to be called, Cy is erased, and a
    // new walkout is logged that was never in the file.
    store.db.prepare('UPDATE prospects SET share_ok = 0 WHERE id = ?').run(prospectOf.Ana);
    store.db.prepare('UPDATE prospects SET do_not_contact = 1 WHERE id = ?').run(prospectOf.Ben);
    await store.as('Olive Owner', 'prospects.erase', { prospectId: prospectOf.Cy, confirm: 'Cy Lead' });
    await store.as(
      'Sam Staff',
      'walkouts.create',
      walkoutInput({
        prospect: { firstName: 'Ivy', lastName: 'New', phone: '(312) 555-0109', shareOk: true },
      }),
    );

    const resent = await store.as('Olive Owner', 'partners.resend', {
      batchId: first.batchId!,
      format: 'adf',
    });
    expect(resent.count).toBe(5);
    expect(resent.noLongerShareable).toBe(3);
    expect(resent.leftOut).toEqual({ noShareConsent: 1, doNotContact: 2 });
    expect(namesIn('adf', resent.content)).toEqual(['Dee', 'Eve', 'Fay', 'Gus', 'Hal']);
    const audit = store.db
      .prepare("SELECT detail FROM audit_log WHERE entity = 'share_batch' AND entity_id = ?")
      .pluck()
      .get(resent.batchId) as string;
    expect(JSON.parse(audit)).toMatchObject({ partner: sent.id, leads: 5, resendOf: first.batchId });

    // A re-send of the re-send points at the first send and holds no more than it.
    const third = await store.as('Olive Owner', 'partners.resend', {
      batchId: resent.batchId,
      format: 'json',
    });
    expect(third).toMatchObject({ count: 5, resendOf: first.batchId, noLongerShareable: 0 });
  });

  it('refuses a file none of whose leads can go any more, and a file it does not know, writing nothing', async () => {
    // By now Ana has withdrawn consent: Eve, Fay and Ivy are this 312 partner's leads.
    const gone = await partner('Gone Goods', { shareAfterDays: 0, areaCodes: ['312'] });
    const first = await store.as('Olive Owner', 'partners.exportLeads', {
      partnerId: gone.id,
      statuses: [...ALL],
      format: 'json',
    });
    expect(namesIn('json', first.content)).toEqual(['Eve', 'Fay', 'Ivy']);
    for (const name of ['Eve', 'Fay']) {
      store.db.prepare('UPDATE prospects SET share_ok = 0 WHERE id = ?').run(prospectOf[name]);
    }
    store.db.prepare("UPDATE prospects SET do_not_contact = 1 WHERE first_name = 'Ivy'").run();
    const batches = store.count('share_batches');
    const audit = store.count('audit_log');
    const refused = await store.failAs('Olive Owner', 'partners.resend', {
      batchId: first.batchId!,
      format: 'csv',
    });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toBe(
      'None of the leads of that file can be sent again; they are no longer shareable (2 without share consent, 1 do-not-contact or erased). Nothing was sent or recorded.',
    );
    const unknown = await store.failAs('Olive Owner', 'partners.resend', { batchId: 99_999, format: 'csv' });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'That file was not found.' });
    const staff = await store.failAs('Sam Staff', 'partners.resend', {
      batchId: first.batchId!,
      format: 'csv',
    });
    expect(staff.code).toBe('NOT_ALLOWED');
    expect(store.count('share_batches')).toBe(batches);
    expect(store.count('audit_log')).toBe(audit);
  });
});
