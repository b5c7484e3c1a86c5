// Prospect search (Ctrl+K): name parts with or without accents, a phone in any format or its last 4 digits,
// an e-mail or part of one; the best first; staff see another rep's prospect as the card; an erased person
// is found by nothing. On both engines.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProspectHitDto } from '../../shared/contract/dto';
import { MONDAY_10AM, openStore, type Store, type TeamName, walkoutInput } from './harness';

const HOUR = 3_600_000;
let store: Store;
let ids: Record<'jose' | 'josephine' | 'ana' | 'tom', { walkoutId: number; prospectId: number }>;

async function log(
  who: TeamName,
  at: number,
  prospect: { firstName: string; lastName: string; phone: string; email: string },
) {
  store.clock.now = at;
  const made = await store.as(who, 'walkouts.create', walkoutInput({ prospect }));
  return { walkoutId: made.walkoutId, prospectId: made.prospectId };
}

beforeEach(async () => {
  store = await openStore();
  ids = {
    jose: await log('Sam Staff', MONDAY_10AM, {
      firstName: 'José',
      lastName: 'García',
      phone: '(312) 555-0142',
      email: 'Jose.Garcia@Example.com',
    }),
    josephine: await log('Tia Staff', MONDAY_10AM + HOUR, {
      firstName: 'Josephine',
      lastName: 'Lee',
      phone: '312-555-0199',
      email: '',
    }),
    ana: await log('Sam Staff', MONDAY_10AM + 2 * HOUR, {
      firstName: 'Ana María',
      lastName: 'Ruiz',
      phone: '+1 312 555 7142',
      email: 'anar@example.com',
    }),
    tom: await log('Tia Staff', MONDAY_10AM + 3 * HOUR, {
      firstName: 'Tom',
      lastName: 'Hart',
      phone: '',
      email: 'josefan@example.com',
    }),
  };
});
afterEach(() => store.close());

const names = (hits: ProspectHitDto[]) => hits.map((h) => `${h.prospect.firstName} ${h.prospect.lastName}`);
const search = (query: string, who: TeamName = 'Olive Owner') => store.as(who, 'prospects.search', { query });

describe('prospects.search', () => {
  it('finds a name by any word’s start, accents and case folded, names first, newest first, then e-mails', async () => {
    const hits = await search('jose');
    expect(names(hits)).toEqual(['Josephine Lee', 'José García', 'Tom Hart']);
    expect(hits.map((h) => h.matchedOn)).toEqual(['name', 'name', 'contact']);
    expect(names(await search('GARCÍA'))).toEqual(['José García']);
    expect(names(await search('maria'))).toEqual(['Ana María Ruiz']);
    expect(names(await search('ruiz ana'))).toEqual(['Ana María Ruiz']);
    expect(names(await search('José Gar'))).toEqual(['José García']);
    expect(names(await search('garcia jose'))).toEqual(['José García']);
    expect(await search('zed')).toEqual([]);
  });

  it('answers the latest visit: when, whose lead, its status, the story to open', async () => {
    expect((await search('garcia'))[0]).toEqual({
      prospect: expect.objectContaining({
        id: ids.jose.prospectId,
        phone: '+13125550142',
        email: 'jose.garcia@example.com',
      }),
      card: false,
      matchedOn: 'name',
      walkoutCount: 1,
      lastVisitAt: MONDAY_10AM,
      employeeName: 'Sam Staff',
      status: 'open',
      walkoutId: ids.jose.walkoutId,
    });
    // José walks in again and Tia serves him: he is the newest Jose now, and her lead.
    store.clock.now = MONDAY_10AM + 5 * HOUR;
    const again = await store.as('Tia Staff', 'walkouts.create', {
      ...walkoutInput({ prospect: { firstName: '', lastName: '', phone: '(312) 555-0142', email: '' } }),
      existingProspectId: ids.jose.prospectId,
    });
    const hits = await search('jose');
    expect(names(hits)).toEqual(['José García', 'Josephine Lee', 'Tom Hart']);
    expect(hits[0]).toMatchObject({
      lastVisitAt: MONDAY_10AM + 5 * HOUR,
      walkoutCount: 2,
      employeeName: 'Tia Staff',
      walkoutId: again.walkoutId,
    });
  });

  it('finds a phone in any format, the whole number first, and by its last 4 digits', async () => {
    for (const typed of ['(312) 555-0142', '+13125550142', '312.555.0142', '1 312 555 0142']) {
      const hits = await search(typed);
      expect(names(hits), typed).toEqual(['José García']);
      expect(hits[0]!.matchedOn, typed).toBe('exact');
    }
    const partial = await search('555 0142');
    expect([names(partial), partial[0]!.matchedOn]).toEqual([['José García'], 'contact']);
    // 0142 and 7142 share the last 3 digits only: the last 4 tell them apart; "142" is too little.
    expect(names(await search('0142'))).toEqual(['José García']);
    expect(names(await search('7142'))).toEqual(['Ana María Ruiz']);
    expect(names(await search('5550199'))).toEqual(['Josephine Lee']);
  });

  it('finds an e-mail whole (first), by its start, or by the part after a dot', async () => {
    const whole = await search('JOSE.GARCIA@example.com');
    expect([names(whole), whole[0]!.matchedOn]).toEqual([['José García'], 'exact']);
    expect(names(await search('jose.garcia@'))).toEqual(['José García']);
    expect(names(await search('garcia@exa'))).toEqual(['José García']);
    expect(names(await search('josefan'))).toEqual(['Tom Hart']);
    expect(await search('nobody@example.com')).toEqual([]);
  });

  it('shows staff their own leads in full and another rep’s prospect only as the returning-prospect card', async () => {
    const hits = await search('jose', 'Tia Staff');
    expect(names(hits)).toEqual(['Josephine Lee', 'José García', 'Tom Hart']);
    expect(hits[0]).toMatchObject({
      card: false,
      walkoutId: ids.josephine.walkoutId,
      prospect: { phone: '+13125550199' },
    });
    expect(hits[1]).toEqual({
      prospect: expect.objectContaining({ firstName: 'José', phone: null, email: null, bestTime: '' }),
      card: true,
      matchedOn: 'name',
      walkoutCount: 1,
      lastVisitAt: MONDAY_10AM,
      employeeName: 'Sam Staff',
      status: 'open',
      walkoutId: null,
    });
    expect(JSON.stringify(hits)).not.toContain('jose.garcia@example.com');
    // Sam's own prospect, for Sam, in full.
    expect((await search('garcia', 'Sam Staff'))[0]).toMatchObject({
      card: false,
      walkoutId: ids.jose.walkoutId,
    });
    expect((await search('0142', 'Max Manager'))[0]).toMatchObject({
      card: false,
      walkoutId: ids.jose.walkoutId,
    });
  });

  it('finds an erased person by nothing: not their name, phone, e-mail, nor the erased name', async () => {
    await store.as('Olive Owner', 'prospects.erase', {
      prospectId: ids.jose.prospectId,
      confirm: 'José García',
    });
    expect(names(await search('jose'))).toEqual(['Josephine Lee', 'Tom Hart']);
    for (const typed of ['garcia', '0142', '(312) 555-0142', 'jose.garcia@example.com', 'erased'])
      expect(await search(typed), typed).toEqual([]);
  });

  it('refuses a query too short to search with a clear message, and writes nothing', async () => {
    const before = store.writes();
    expect((await store.failAs('Sam Staff', 'prospects.search', { query: ' a ' })).message).toContain(
      'Type at least 2 letters or digits',
    );
    expect((await store.failAs('Sam Staff', 'prospects.search', { query: '142' })).message).toBe(
      'Type at least 4 digits of the phone number.',
    );
    expect((await store.failAs('Sam Staff', 'prospects.search', { query: 'jo', extra: 1 })).code).toBe(
      'VALIDATION',
    );
    expect(store.writes()).toBe(before);
  });
});
