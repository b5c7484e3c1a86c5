// The authorization table's rows: for every channel, the "someone else's id" cases it takes and what each
// role gets. A role the contract's access list leaves out needs no entry: it must get the router's
// NOT_ALLOWED. Staff entries are always written out; a manager or owner left out keeps full access.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { type ChannelName, contract } from '../../shared/contract/channels';
import type { ErrorCode } from '../../shared/contract/result';
import { type AuthzFixture, SAMS_SECRETS } from '../support/authzFixture';
import { MONDAY_10AM, type Store, type TeamName, walkoutInput } from './harness';

interface CheckContext {
  /** "channel × role × case": every assertion of a check names it. */
  label: string;
  f: AuthzFixture;
  store: Store;
  who: TeamName;
}
// biome-ignore lint/suspicious/noExplicitAny: a row checks the value its channel answers
type Check = (value: any, ctx: CheckContext) => void | Promise<void>;

export type Expect =
  /** Refused by the service (the router let the role through), and not one row changed. */
  | { refused: 'NOT_ALLOWED' | 'NOT_FOUND' }
  /** Another refusal; nothing changes but the tables listed (a wrong PIN is counted). */
  | { fails: ErrorCode; writes?: readonly string[] }
  /** Answers: 'read' writes nothing; 'write' is the role's own right to change the store. */
  | { allowed: 'read' | 'write'; check?: Check };

export interface Case {
  /** Whose id the input carries. */
  name: string;
  input: (f: AuthzFixture) => unknown;
  /** A public channel answers before sign-in: every role gets this. */
  anyRole?: Expect;
  staff?: Expect;
  manager?: Expect;
  owner?: Expect;
}

const DAY = 86_400_000;
/** Two weeks around the fixture's Monday, midnight to midnight in the store's time zone (the dashboard's rule). */
const PERIOD = { from: Date.parse('2026-11-16T00:00:00-06:00'), to: Date.parse('2026-11-30T00:00:00-06:00') };
const BACKUP = '20261123T160000000Z';
const read = { allowed: 'read' } as const;
const write = { allowed: 'write' } as const;
const notAllowed = { refused: 'NOT_ALLOWED' } as const;
const noBackupHost = { fails: 'UNAVAILABLE' } as const; // the harness runs without the app's backup host
const noStoreDbHost = { fails: 'UNAVAILABLE' } as const; // nor with the app's store-database host
const STORE_SERVER = {
  host: '127.0.0.1',
  port: 1,
  database: 'beback',
  user: 'beback',
  password: 'x',
  tls: 'off',
} as const;
const one = (input: Case['input'], over: Omit<Case, 'name' | 'input'> = {}): Case[] => [
  { name: 'no one else’s id', input, ...over },
];

/** A store's old spreadsheet of one walkout. */
const OLD_SHEET = 'Name,Phone,Date\nAnn Lee,(312) 555-0101,11/20/2026\n';

/** An id no row has. */
const NONE = 999_999;
/** The id names nothing: every role the contract lets in is told NOT_FOUND (or `code`) and nothing is written. */
const nobody = (
  channel: ChannelName,
  input: Case['input'],
  code: 'NOT_FOUND' | 'VALIDATION' = 'NOT_FOUND',
): Case => {
  const access = contract[channel].access;
  const roles = access === 'public' ? [] : access;
  return {
    name: 'an id nobody has',
    input,
    ...Object.fromEntries(roles.map((r) => [r, code === 'NOT_FOUND' ? { refused: code } : { fails: code }])),
  };
};

/** No PIN hash or PIN-like field leaves with an employee list. */
const noPins: Check = (employees: object[], { label }) => {
  for (const e of employees)
    expect(
      Object.keys(e).filter((k) => /pin/i.test(k)),
      `${label}: PIN fields`,
    ).toEqual([]);
};
/** None of `needles` anywhere in the answer. */
const notIn = (value: unknown, needles: readonly string[], label: string) => {
  const text = JSON.stringify(value);
  expect(
    needles.filter((n) => text.includes(n)),
    `${label} leaked`,
  ).toEqual([]);
};

export const TABLE: Record<ChannelName, readonly Case[]> = {
  'setup.status': one(() => ({}), { anyRole: read }),
  'setup.startClean': one(() => ({}), { anyRole: { fails: 'CONFLICT' } }),
  'setup.showDemo': one(() => ({ trade: 'appliances' }), { anyRole: { fails: 'CONFLICT' } }),
  'setup.createOwner': one(
    () => ({
      store: {
        storeName: 'Mallory Motors',
        storePhone: '(312) 555-0166',
        region: 'US',
        timeZone: 'America/Chicago',
        storeHours: [null, ...Array(6).fill({ open: '09:00', close: '17:00' })],
      },
      name: 'Mallory',
      pin: '9999',
    }),
    { anyRole: { fails: 'CONFLICT' } },
  ),
  'auth.employees': one(() => ({}), { anyRole: { allowed: 'read', check: noPins } }),
  'auth.signIn': [
    {
      name: 'Sam’s employee id, a wrong PIN',
      input: (f) => ({ employeeId: f.samEmployee, pin: '0000' }),
      anyRole: { fails: 'VALIDATION', writes: ['main.employees', 'main.audit_log'] },
    },
  ],
  'auth.signOut': one(() => ({}), { anyRole: read }),
  'auth.current': one(() => ({}), { anyRole: read }),
  'employees.list': one(() => ({}), {
    staff: {
      allowed: 'read',
      check: (list: { active: boolean }[], ctx) => {
        noPins(list, ctx);
        expect(
          list.every((e) => e.active),
          `${ctx.label}: only active employees`,
        ).toBe(true);
      },
    },
  }),
  'employees.create': [
    {
      name: 'a new manager',
      input: () => ({ name: 'New Boss', role: 'manager', pin: '5555' }),
      manager: notAllowed,
    },
    { name: 'a new staff member', input: () => ({ name: 'New Rep', role: 'staff', pin: '5555' }) },
  ],
  'employees.update': [
    {
      name: 'the owner’s record',
      input: (f) => ({ id: f.ownerEmployee, name: 'Mallory' }),
      manager: notAllowed,
    },
    { name: 'Sam’s record', input: (f) => ({ id: f.samEmployee, active: false }) },
    nobody('employees.update', () => ({ id: NONE, name: 'Nobody' })),
  ],
  'employees.resetPin': [
    { name: 'the owner’s PIN', input: (f) => ({ id: f.ownerEmployee, pin: '9876' }), manager: notAllowed },
    { name: 'Sam’s PIN', input: (f) => ({ id: f.samEmployee, pin: '9876' }) },
    nobody('employees.resetPin', () => ({ id: NONE, pin: '9876' })),
  ],
  'settings.get': one(() => ({}), { staff: read, manager: read, owner: read }),
  'app.clock': one(() => ({}), { staff: read, manager: read, owner: read }),
  // Answered from memory: a cursor from before this process started is told "everything".
  'app.changes': one(() => ({ since: 0 }), {
    staff: { allowed: 'read', check: (v, { label }) => expect(v.everything, label).toBe(true) },
    manager: read,
    owner: read,
  }),
  'settings.update': one(() => ({ storeName: 'Renamed Motors' })),
  'prospects.match': [
    {
      name: 'Sam’s prospect’s phone: the returning-prospect card',
      input: (f) => ({ phone: f.samPhone }),
      staff: {
        allowed: 'read',
        check: (matches, { f, label }) => {
          expect(matches, `${label}: the card only`).toEqual([
            expect.objectContaining({
              prospect: expect.objectContaining({
                id: f.samProspect,
                firstName: 'Rosa',
                phone: null,
                email: null,
              }),
              lastEmployeeName: 'Sam Staff',
            }),
          ]);
          notIn(matches, [f.samPhone, f.samEmail, 'Evenings after 6'], label);
        },
      },
      manager: {
        allowed: 'read',
        check: (m, { f, label }) => expect(m[0].prospect.email, label).toBe(f.samEmail),
      },
      owner: {
        allowed: 'read',
        check: (m, { f, label }) => expect(m[0].prospect.phone, label).toBe(f.samPhone),
      },
    },
  ],
  'prospects.search': [
    {
      name: 'Sam’s prospect’s last 4 digits: the returning-prospect card',
      input: () => ({ query: '0142' }),
      staff: {
        allowed: 'read',
        check: (hits, { f, label }) => {
          expect(hits, `${label}: the card only`).toEqual([
            expect.objectContaining({
              prospect: expect.objectContaining({
                id: f.samProspect,
                firstName: 'Rosa',
                phone: null,
                email: null,
              }),
              card: true,
              walkoutId: null,
              employeeName: 'Sam Staff',
            }),
          ]);
          notIn(hits, [f.samPhone, f.samEmail, 'Evenings after 6'], label);
        },
      },
      manager: {
        allowed: 'read',
        check: (h, { f, label }) =>
          expect([h[0].prospect.email, h[0].walkoutId], label).toEqual([f.samEmail, f.samWalkout]),
      },
      owner: {
        allowed: 'read',
        check: (h, { f, label }) =>
          expect([h[0].prospect.phone, h[0].card], label).toEqual([f.samPhone, false]),
      },
    },
  ],
  'prospects.find': one(() => ({ query: 'Rosa' }), { owner: read }),
  'prospects.erasePreview': [
    { name: 'Sam’s prospect', input: (f) => ({ prospectId: f.samProspect }), owner: read },
    nobody('prospects.erasePreview', () => ({ prospectId: NONE })),
  ],
  'prospects.erase': [
    {
      name: 'Sam’s prospect',
      input: (f) => ({ prospectId: f.samProspect, confirm: 'Rosa Diaz' }),
      owner: write,
    },
    nobody('prospects.erase', () => ({ prospectId: NONE, confirm: 'Nobody' })),
  ],
  'walkouts.create': [
    {
      name: 'existingProspectId of Sam’s prospect, not matched by this entry (the takeover)',
      input: (f) => ({
        ...walkoutInput({
          prospect: {
            firstName: 'Mallory',
            lastName: 'X',
            phone: '(312) 555-0999',
            email: '',
            shareOk: true,
          },
        }),
        existingProspectId: f.samProspect,
      }),
      staff: notAllowed,
    },
    {
      name: 'existingProspectId of Sam’s prospect, matched by the phone typed',
      input: (f) => ({
        ...walkoutInput({ prospect: { firstName: '', lastName: '', phone: f.samPhone, email: '' } }),
        existingProspectId: f.samProspect,
      }),
      staff: { allowed: 'write', check: (v, { f, label }) => notIn(v, [f.samEmail], label) },
    },
    nobody('walkouts.create', () => ({ ...walkoutInput(), existingProspectId: NONE })),
  ],
  'walkouts.get': [
    {
      name: 'Sam’s walkout',
      input: (f) => ({ id: f.samWalkout }),
      staff: notAllowed,
      manager: read,
      owner: read,
    },
    {
      name: 'Sam’s earlier visit of the prospect Tia met again',
      input: (f) => ({ id: f.samEarlierVisit }),
      staff: notAllowed,
      manager: read,
      owner: read,
    },
    {
      name: 'Tia’s visit of the prospect Sam met first: Sam’s visit as date and rep only',
      input: (f) => ({ id: f.tiaReturningVisit }),
      staff: {
        allowed: 'read',
        check: (story, { label }) => {
          expect(story.otherVisits, `${label}: Sam’s visit`).toEqual([
            { visitedAt: MONDAY_10AM, employeeName: 'Sam Staff', detail: null },
          ]);
          notIn(story, SAMS_SECRETS, label);
        },
      },
      manager: {
        allowed: 'read',
        check: (story, { f, label }) =>
          expect(story.otherVisits[0].detail, `${label}: Sam’s visit in full`).toEqual({
            id: f.samEarlierVisit,
            product: 'Pontoon boat',
            status: 'open',
          }),
      },
      owner: read,
    },
    nobody('walkouts.get', () => ({ id: NONE })),
  ],
  'walkouts.correct': [
    {
      name: 'Sam’s walkout',
      input: (f) => ({ walkoutId: f.samWalkout, changes: { product: 'Pontoon boat, 22 ft' } }),
      staff: notAllowed,
      manager: write,
      owner: write,
    },
    {
      name: 'Tia’s own walkout',
      input: (f) => ({ walkoutId: f.tiaWalkout, changes: { objectionText: 'Wants the blue one' } }),
      staff: write,
    },
    nobody('walkouts.correct', () => ({ walkoutId: NONE, changes: { product: 'Nothing' } })),
  ],
  'calendar.day': [
    {
      name: 'Sam’s calendar',
      input: (f) => ({ employeeId: f.samEmployee }),
      staff: notAllowed,
      manager: read,
      owner: read,
    },
  ],
  'calendar.section': [
    {
      name: 'more of Sam’s calendar',
      input: (f) => ({
        employeeId: f.samEmployee,
        section: 'upcoming',
        at: Date.parse('2026-11-23T10:00:00-06:00'),
        offset: 50,
      }),
      staff: notAllowed,
      manager: read,
      owner: read,
    },
  ],
  // Anyone's own open call; another's, or one nobody has, answers null (no telling which ids exist).
  'calendar.entry': one(() => ({ followUpId: NONE }), { staff: read, manager: read, owner: read }),
  // Each role exports its own calendar only: the input names no one.
  'calendar.exportIcs': one(() => ({ withPhone: true }), { staff: read, manager: read, owner: read }),
  'followUps.complete': [
    {
      name: 'Sam’s first call',
      input: (f) => ({ followUpId: f.samFollowUp, outcome: 'no_answer', notes: 'not mine' }),
      staff: notAllowed,
    },
    {
      name: 'the manager’s survey call on Sam’s walkout',
      input: (f) => ({ followUpId: f.surveyFollowUp, outcome: 'sold', saleAmountCents: 100 }),
      staff: notAllowed,
    },
    nobody('followUps.complete', () => ({ followUpId: NONE, outcome: 'no_answer' })),
  ],
  'followUps.undo': [
    {
      name: 'Sam’s first call, not logged yet',
      input: (f) => ({ followUpId: f.samFollowUp }),
      staff: notAllowed,
      manager: { fails: 'CONFLICT' },
      owner: { fails: 'CONFLICT' },
    },
    nobody('followUps.undo', () => ({ followUpId: NONE })),
  ],
  'followUps.lastLogged': [
    {
      name: 'Sam’s last logged call',
      input: (f) => ({ employeeId: f.samEmployee }),
      staff: notAllowed,
      manager: read,
      owner: read,
    },
    // Staff are refused whoever the id names, as calendar.day does: no telling which ids exist.
    { ...nobody('followUps.lastLogged', () => ({ employeeId: NONE })), staff: notAllowed },
  ],
  'followUps.reassign': [
    {
      name: 'Sam’s walkout to Tia',
      input: (f) => ({ toEmployeeId: f.tiaEmployee, walkoutId: f.samWalkout }),
    },
    {
      name: 'Sam’s calendar to Tia',
      input: (f) => ({ toEmployeeId: f.tiaEmployee, fromEmployeeId: f.samEmployee }),
    },
    nobody('followUps.reassign', (f) => ({ toEmployeeId: f.tiaEmployee, walkoutId: NONE })),
    {
      ...nobody('followUps.reassign', (f) => ({ toEmployeeId: f.tiaEmployee, fromEmployeeId: NONE })),
      name: 'a calendar nobody has',
    },
    {
      ...nobody('followUps.reassign', (f) => ({ toEmployeeId: NONE, walkoutId: f.samWalkout }), 'VALIDATION'),
      name: 'to an employee nobody is',
    },
  ],
  'followUps.withoutNextCall': [
    { name: 'my own leads', input: () => ({ scope: 'mine' }), staff: read, manager: read, owner: read },
    {
      name: 'the team’s leads',
      input: () => ({ scope: 'team' }),
      staff: notAllowed,
      manager: read,
      owner: read,
    },
  ],
  'followUps.putBack': [
    {
      // Sam's walkout still has its first call: a manager is told so, staff that it is not theirs.
      name: 'Sam’s walkout',
      input: (f) => ({ walkoutId: f.samWalkout }),
      staff: notAllowed,
      manager: { fails: 'CONFLICT' },
      owner: { fails: 'CONFLICT' },
    },
    nobody('followUps.putBack', () => ({ walkoutId: NONE })),
  ],
  'reasons.list': one(() => ({}), { staff: read, manager: read, owner: read }),
  'reasons.create': one(() => ({ text: 'A new policy: lower minimum order', category: 'new_policy' })),
  'reasons.update': [
    {
      name: 'the manager’s reason',
      input: (f) => ({ id: f.reasonId, text: 'Rewritten by someone', category: 'new_idea' }),
    },
    nobody('reasons.update', () => ({ id: NONE, text: 'Rewritten by someone', category: 'new_idea' })),
  ],
  'reasons.retire': [
    { name: 'the manager’s reason', input: (f) => ({ id: f.reasonId }) },
    nobody('reasons.retire', () => ({ id: NONE })),
  ],
  'reasons.suggest': [
    {
      name: 'Sam’s walkout',
      input: (f) => ({ walkoutId: f.samWalkout }),
      staff: notAllowed,
      manager: read,
      owner: read,
    },
    nobody('reasons.suggest', () => ({ walkoutId: NONE })),
  ],
  'campaigns.preview': [
    { name: 'the manager’s reason', input: (f) => ({ reasonId: f.reasonId }), manager: read, owner: read },
    nobody('campaigns.preview', () => ({ reasonId: NONE })),
  ],
  'campaigns.start': [
    {
      name: 'the manager’s reason',
      input: (f) => ({ reasonId: f.reasonId }),
      manager: { allowed: 'write', check: untilCampaignEnds },
      owner: { allowed: 'write', check: untilCampaignEnds },
    },
    nobody('campaigns.start', () => ({ reasonId: NONE })),
  ],
  'campaigns.progress': [
    {
      name: 'a run nobody started',
      input: () => ({ jobId: randomUUID() }),
      manager: { fails: 'NOT_FOUND' },
      owner: { fails: 'NOT_FOUND' },
    },
  ],
  'walkouts.recordSale': [
    {
      name: 'Sam’s walkout',
      input: (f) => ({ walkoutId: f.samWalkout, closer: 'manager_save', amountCents: 100 }),
    },
    nobody('walkouts.recordSale', () => ({ walkoutId: NONE, closer: 'rep', amountCents: 100 })),
  ],
  'walkouts.reopen': [
    { name: 'Sam’s sold walkout', input: (f) => ({ walkoutId: f.samSold, why: 'The finance fell through' }) },
    nobody('walkouts.reopen', () => ({ walkoutId: NONE, why: 'Nobody’s sale' })),
  ],
  'referrals.create': [
    {
      name: 'Sam’s sold customer',
      input: (f) => ({ walkoutId: f.samSold, people: [{ firstName: 'Cy', phone: '(312) 555-0111' }] }),
      staff: notAllowed,
    },
    nobody('referrals.create', () => ({
      walkoutId: NONE,
      people: [{ firstName: 'Cy', phone: '(312) 555-0111' }],
    })),
  ],
  'commissions.list': [
    {
      name: 'Sam’s credits',
      input: (f) => ({ ...PERIOD, employeeId: f.samEmployee }),
      manager: read,
      owner: read,
    },
  ],
  'commissions.markPaid': [
    {
      name: 'Sam’s save credit',
      input: (f) => ({ creditIds: [f.samCredit], paidAt: MONDAY_10AM + 3_600_000 }),
    },
    nobody('commissions.markPaid', () => ({ creditIds: [NONE], paidAt: MONDAY_10AM })),
  ],
  'commissions.exportCsv': [
    {
      name: 'Sam’s credits',
      input: (f) => ({ ...PERIOD, employeeId: f.samEmployee }),
      manager: read,
      owner: read,
    },
  ],
  'audit.team': one(() => PERIOD, { manager: read, owner: read }),
  'audit.firstCallsOverdue': one(() => ({}), { manager: read, owner: read }),
  'audit.walkouts': [
    {
      name: 'Sam’s walkouts',
      input: (f) => ({ ...PERIOD, employeeId: f.samEmployee, list: 'all' }),
      manager: read,
      owner: read,
    },
  ],
  'dashboard.figures': [
    {
      name: 'Sam’s figures',
      input: (f) => ({
        ...PERIOD,
        previousFrom: PERIOD.from - 14 * DAY,
        previousTo: PERIOD.from,
        granularity: 'week',
        employeeId: f.samEmployee,
      }),
      manager: read,
      owner: read,
    },
  ],
  'dashboard.walkouts': [
    {
      name: 'Sam’s walkouts',
      input: (f) => ({ ...PERIOD, slice: 'all', employeeId: f.samEmployee }),
      manager: read,
      owner: read,
    },
  ],
  'partners.list': one(() => ({}), { manager: read, owner: read }),
  'partners.create': one(() => ({ name: 'South Tractor Co' })),
  'partners.update': [
    { name: 'the owner’s partner', input: (f) => ({ id: f.partnerId, name: 'Renamed Co' }) },
    nobody('partners.update', () => ({ id: NONE, name: 'Nobody Co' })),
  ],
  'partners.exportPreview': [
    {
      name: 'the owner’s partner',
      input: (f) => ({ partnerId: f.partnerId, statuses: ['open'] }),
      owner: read,
    },
    nobody('partners.exportPreview', () => ({ partnerId: NONE, statuses: ['open'] })),
  ],
  'partners.exportLeads': [
    {
      name: 'the owner’s partner',
      input: (f) => ({ partnerId: f.partnerId, statuses: ['open'], format: 'json' }),
      owner: { fails: 'VALIDATION' }, // no walkout qualifies yet: the owner passes, the filters refuse
    },
    nobody('partners.exportLeads', () => ({ partnerId: NONE, statuses: ['open'], format: 'csv' })),
  ],
  'partners.importCheck': [
    {
      name: 'the owner’s partner',
      input: (f) => ({ partnerId: f.partnerId, fileName: 'leads.json', content: '{}' }),
      owner: { fails: 'VALIDATION' },
    },
    nobody('partners.importCheck', () => ({ partnerId: NONE, fileName: 'leads.json', content: '{}' })),
  ],
  'partners.importLeads': [
    {
      name: 'the owner’s partner, leads for Sam',
      input: (f) => ({
        partnerId: f.partnerId,
        fileName: 'leads.json',
        content: '{}',
        assignTo: f.samEmployee,
      }),
      owner: { fails: 'VALIDATION' },
    },
  ],
  'imports.check': [
    {
      name: 'walkouts for Sam',
      input: (f) => ({ fileName: 'old.csv', text: OLD_SHEET, employeeId: f.samEmployee }),
      manager: read,
      owner: read,
    },
    nobody('imports.check', () => ({ fileName: 'old.csv', text: OLD_SHEET, employeeId: NONE }), 'VALIDATION'),
  ],
  'imports.commit': [
    {
      name: 'walkouts for Sam, after another check',
      input: (f) => ({
        fileName: 'old.csv',
        text: OLD_SHEET,
        mapping: ['fullName', 'phone', 'visitDate'],
        employeeId: f.samEmployee,
        token: 'a check of another file',
      }),
      manager: { fails: 'CONFLICT' },
      owner: { fails: 'CONFLICT' },
    },
  ],
  'partners.exportOutcomes': [
    {
      name: 'the owner’s partner',
      input: (f) => ({ partnerId: f.partnerId, format: 'csv' }),
      owner: { fails: 'VALIDATION' }, // the partner sent no leads yet
    },
    nobody('partners.exportOutcomes', () => ({ partnerId: NONE, format: 'csv' })),
  ],
  'partners.importOutcomes': [
    {
      name: 'the owner’s partner',
      input: (f) => ({ partnerId: f.partnerId, fileName: 'outcomes.json', content: '{}' }),
      owner: { fails: 'VALIDATION' },
    },
    nobody('partners.importOutcomes', () => ({ partnerId: NONE, fileName: 'outcomes.json', content: '{}' })),
  ],
  // A batch belongs to the store, not to a rep: only the owner re-sends one; an unknown batch writes nothing.
  'partners.resend': [nobody('partners.resend', () => ({ batchId: NONE, format: 'csv' }))],
  'partners.batches': [
    { name: 'the owner’s partner', input: (f) => ({ partnerId: f.partnerId }), manager: read, owner: read },
  ],
  'backups.list': one(() => ({}), { manager: noBackupHost, owner: noBackupHost }),
  'backups.create': one(() => ({}), { owner: noBackupHost }),
  'backups.restore': one(() => ({ backupId: BACKUP }), { owner: noBackupHost }),
  'backups.undoRestore': one(() => ({}), { owner: noBackupHost }),
  'backups.saveCopy': one(() => ({ backupId: BACKUP, folder: '/tmp' }), { owner: noBackupHost }),
  'backups.file': one(() => ({ backupId: BACKUP }), { owner: noBackupHost }),
  'storeDatabase.status': one(() => ({}), { owner: noStoreDbHost }),
  'storeDatabase.test': one(() => STORE_SERVER, { owner: noStoreDbHost }),
  'storeDatabase.move': one(() => STORE_SERVER, { owner: noStoreDbHost }),
  'storeDatabase.progress': one(() => ({}), { owner: noStoreDbHost }),
  'storeDatabase.join': one(() => STORE_SERVER, { owner: noStoreDbHost }),
  'recovery.status': one(() => ({}), { anyRole: read }),
  'recovery.restore': [
    {
      name: 'the owner’s name and PIN',
      input: () => ({ backupId: BACKUP, ownerName: 'Olive Owner', pin: '1111' }),
      anyRole: { fails: 'CONFLICT' },
    },
  ],
};

async function untilCampaignEnds(started: { jobId: string }, { store, who }: CheckContext) {
  for (let i = 0; i < 200; i++) {
    const p = await store.as(who, 'campaigns.progress', { jobId: started.jobId });
    if (p.phase === 'done' || p.phase === 'failed') return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('The campaign run did not end');
}
