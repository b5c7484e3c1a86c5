// Two PCs on one store server pressing the same key at the same instant: two service layers, two pools, the
// calls sent together. Exactly one wins; the other is told who and when, and nothing is written twice.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgPool } from '../../electron/db/pg/pool';
import { postgresStore, type Store } from '../../electron/db/store';
import { createServices } from '../../electron/services';
import { createTeam } from '../support/createTeam';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';
import { MONDAY_10AM, walkoutInput } from './harness';

const TEAM = [
  { name: 'Olive Owner', role: 'owner', pin: '1111' },
  { name: 'Max Manager', role: 'manager', pin: '2222' },
  { name: 'Sam Staff', role: 'staff', pin: '3333', saveProgram: true },
] as const;

let db: PgTestDatabase;
const stores: Store[] = [];
type Pc = {
  call: (channel: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
};
let olive: Pc;
let max: Pc;
let sam: Pc;

async function pc(name: string, pin: string): Promise<Pc> {
  const store = postgresStore(openPgPool({ connectionString: db.url }));
  stores.push(store);
  const { router } = createServices({ store, now: () => MONDAY_10AM });
  const employees = await router.call(name, 'auth.employees', {});
  const id = (employees.ok ? (employees.value as { id: number; name: string }[]) : []).find(
    (e) => e.name === name,
  )!.id;
  await router.call(name, 'auth.signIn', { employeeId: id, pin });
  return { call: (channel, input) => router.call(name, channel as never, input) };
}

beforeAll(async () => {
  db = await freshPgDatabase();
  const setup = postgresStore(openPgPool({ connectionString: db.url }));
  await createTeam(setup, TEAM, () => MONDAY_10AM);
  await setup.close();
  [olive, max, sam] = await Promise.all([
    pc('Olive Owner', '1111'),
    pc('Max Manager', '2222'),
    pc('Sam Staff', '3333'),
  ]);
}, 30_000);
afterAll(async () => {
  for (const s of stores) await s.close();
  await db.drop();
});

const count = async (text: string) =>
  Number((await sql.raw<{ n: number }>(text).execute(stores[0].db)).rows[0].n);

async function newWalkout(phone: string) {
  const r = await sam.call(
    'walkouts.create',
    walkoutInput({ prospect: { firstName: 'Rosa', lastName: 'Diaz', phone, email: '' } }),
  );
  return r.value as { walkoutId: number; firstContact: { followUpId: number } };
}

describe('two PCs at the same instant', () => {
  it('logging the same call: one wins, the other is told, one next call', async () => {
    const w = await newWalkout('(312) 555-0142');
    const followUpId = w.firstContact.followUpId;
    const answers = await Promise.all([
      olive.call('followUps.complete', { followUpId, outcome: 'no_answer' }),
      max.call('followUps.complete', { followUpId, outcome: 'voicemail_left' }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    const loser = answers.find((a) => !a.ok)!;
    const winner = answers[0].ok ? 'Olive Owner' : 'Max Manager';
    expect(loser.error).toEqual({
      code: 'CONFLICT',
      message: `Someone else already logged this call (${winner}, 10:00). Nothing was written twice.`,
    });
    expect(
      await count(
        `SELECT count(*) AS n FROM follow_ups WHERE walkout_id = ${w.walkoutId} AND status = 'done'`,
      ),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM follow_ups WHERE walkout_id = ${w.walkoutId} AND status = 'open' AND purpose <> 'manager_survey'`,
      ),
    ).toBe(1);
  });

  it('recording the same sale: one sale, one save credit', async () => {
    const w = await newWalkout('(312) 555-0143');
    const sale = { walkoutId: w.walkoutId, closer: 'manager_save', amountCents: 1_500_000 };
    const answers = await Promise.all([
      olive.call('walkouts.recordSale', sale),
      max.call('walkouts.recordSale', sale),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    const winner = answers[0].ok ? 'Olive Owner' : 'Max Manager';
    expect(answers.find((a) => !a.ok)!.error).toEqual({
      code: 'CONFLICT',
      message: `This walkout is already sold (${winner}, 10:00). Nothing was written twice.`,
    });
    expect(await count(`SELECT count(*) AS n FROM save_credits WHERE walkout_id = ${w.walkoutId}`)).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_log WHERE entity = 'walkout' AND entity_id = ${w.walkoutId} AND action = 'update'`,
      ),
    ).toBe(1);
  });

  it('the same person back at two counters: one open call, on the newest visit', async () => {
    const w = await newWalkout('(312) 555-0144');
    const prospectId = Number(
      (
        await sql<{ id: number }>`SELECT prospect_id AS id FROM walkouts WHERE id = ${w.walkoutId}`.execute(
          stores[0].db,
        )
      ).rows[0].id,
    );
    const again = walkoutInput({
      prospect: { firstName: 'Rosa', lastName: 'Diaz', phone: '(312) 555-0144', email: '' },
      existingProspectId: prospectId,
    });
    const answers = await Promise.all([
      olive.call('walkouts.create', again),
      max.call('walkouts.create', again),
    ]);
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(
      await count(`SELECT count(*) AS n FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
        WHERE w.prospect_id = ${prospectId} AND f.status = 'open' AND f.purpose <> 'manager_survey'`),
    ).toBe(1);
  });
});
