// Record checks shared by every partner file format, so JSON, CSV and ADF accept and refuse exactly the same
// leads and outcomes; each format only says where a field sits in its own file.
import { z } from 'zod';
import { normalizeEmail } from '../../../../shared/domain/email';
import { normalizePhone } from '../../../../shared/domain/phone';
import { OBJECTIONS } from '../../../../shared/domain/vocab';
import { firstControl } from './textChecks';
import { type FileProblem, type OutcomeRecord, PARTNER_OUTCOMES, type SharedLead } from './types';

/** A lead's fields as files carry them: the price travels as an amount, not yet as cents. */
export type LeadField = Exclude<keyof SharedLead, 'priceQuotedCents'> | 'priceQuoted';
export type OutcomeField = 'shareId' | 'outcome' | 'saleDate' | 'saleAmount';

/** A problem with one field, or with the record as a whole (field null). */
export interface FieldProblem<F> {
  field: F | null;
  message: string;
}
export type Checked<T, F> = { ok: true; value: T } | { ok: false; problems: FieldProblem<F>[] };

/** Money travels as integer cents in JSON and as dollar text ("41900.00") in CSV and ADF. */
export type MoneyIn = 'cents' | 'dollars';

export const shareIdSchema = z.guid();
export const dateTimeSchema = z.iso.datetime({ offset: true });
export const saleDateSchema = z.iso.date();
export const emailSchema = z.email();
export const centsSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const objectionSchema = z.enum(OBJECTIONS);
const outcomeSchema = z.enum(PARTNER_OUTCOMES);

const DOLLARS = /^\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** "41900.00", "41900", "$41,900.5" → cents; anything else → null. Text arithmetic, so no float drift. */
export function dollarsToCents(text: string): number | null {
  const m = DOLLARS.exec(text.trim());
  if (!m) return null;
  const cents = Number(m[1]!.replaceAll(',', '')) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

export function centsToDollars(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Empty cells, nulls and missing keys all mean "not given": CSV cannot tell them apart. */
export function isAbsent(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

export function toIso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function problems<F>() {
  const list: FieldProblem<F>[] = [];
  const add = (field: F | null, message: string): undefined => {
    list.push({ field, message });
    return undefined;
  };
  return { list, add };
}

type Add<F> = (field: F | null, message: string) => undefined;

function text<F>(v: unknown, field: F, label: string, add: Add<F>, required: boolean): string | undefined {
  if (isAbsent(v)) return required ? add(field, `The ${label} is missing.`) : '';
  if (typeof v !== 'string') return add(field, `The ${label} must be text.`);
  return v;
}

function shareIdOf<F>(v: unknown, field: F, add: Add<F>): string | undefined {
  if (isAbsent(v)) return add(field, 'The share id is missing.');
  // Lower case, so a partner's upper-case copy of an id still matches the lead it names.
  return shareIdKey(v) ?? add(field, `The share id ${show(v)} is not a UUID.`);
}

function moneyOf<F>(v: unknown, money: MoneyIn, field: F, label: string, add: Add<F>): number | undefined {
  if (money === 'cents') {
    if (centsSchema.safeParse(v).success) return v as number;
    return add(field, `The ${label} ${show(v)} is not a whole number of cents, 0 or more.`);
  }
  const cents = typeof v === 'string' ? dollarsToCents(v) : null;
  return cents ?? add(field, `The ${label} ${show(v)} is not an amount in dollars like 41900.00.`);
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;
}

const LEAD_LABELS: Record<LeadField, string> = {
  shareId: 'share id',
  originDistributor: 'originating distributor',
  originRep: 'originating rep',
  visitedAt: 'visit date',
  firstName: 'first name',
  lastName: 'last name',
  phone: 'phone',
  email: 'e-mail address',
  product: 'product',
  category: 'category',
  priceQuoted: 'quoted price',
  objection: 'objection',
  objectionText: 'objection text',
  painPoints: 'pain points',
  notes: 'notes',
  personalDetails: 'personal details',
};
const OUTCOME_LABELS: Record<OutcomeField, string> = {
  shareId: 'share id',
  outcome: 'outcome',
  saleDate: 'sale date',
  saleAmount: 'sale amount',
};

/**
 * A field holding a control character (NUL and the other C0 controls but tab, CR and LF) is refused: it is
 * the one problem told for that field, whatever else its value breaks.
 */
function withControls<F extends string>(
  raw: Partial<Record<F, unknown>>,
  labels: Record<F, string>,
  list: FieldProblem<F>[],
): { ok: false; problems: FieldProblem<F>[] } | null {
  const controls: FieldProblem<F>[] = [];
  for (const field of Object.keys(labels) as F[]) {
    const v = raw[field];
    const code = typeof v === 'string' ? firstControl(v) : null;
    if (code) {
      controls.push({
        field,
        message: `The ${labels[field]} contains a control character (${code}), which BeBack does not store.`,
      });
    }
  }
  if (controls.length === 0) return list.length > 0 ? { ok: false, problems: list } : null;
  const bad = new Set(controls.map((c) => c.field));
  return { ok: false, problems: [...controls, ...list.filter((p) => p.field === null || !bad.has(p.field))] };
}

export interface LeadCheckOptions {
  defaultRegion: string;
  money: MoneyIn;
}

export function checkLead(
  raw: Partial<Record<LeadField, unknown>>,
  opts: LeadCheckOptions,
): Checked<SharedLead, LeadField> {
  const { list, add } = problems<LeadField>();
  const shareId = shareIdOf(raw.shareId, 'shareId', add);
  const originDistributor = text(
    raw.originDistributor,
    'originDistributor',
    'originating distributor',
    add,
    true,
  );
  const originRep = text(raw.originRep, 'originRep', 'originating rep', add, false);
  let visitedAt: number | undefined;
  if (isAbsent(raw.visitedAt)) add('visitedAt', 'The visit date is missing.');
  else if (!dateTimeSchema.safeParse(raw.visitedAt).success) {
    add(
      'visitedAt',
      `The visit date ${show(raw.visitedAt)} is not a date and time like 2025-03-14T15:30:00Z.`,
    );
  } else visitedAt = Date.parse(raw.visitedAt as string);
  const firstName = text(raw.firstName, 'firstName', 'first name', add, false);
  const lastName = text(raw.lastName, 'lastName', 'last name', add, false);
  if (firstName === '' && lastName === '') add(null, 'A lead needs a first or a last name.');
  let phone: string | null | undefined = null;
  if (!isAbsent(raw.phone)) {
    if (typeof raw.phone !== 'string') phone = add('phone', 'The phone must be text.');
    else {
      const check = normalizePhone(raw.phone, opts.defaultRegion);
      phone = check.ok ? check.e164 : add('phone', `${check.message}.`);
    }
  }
  let email: string | null | undefined = null;
  if (!isAbsent(raw.email)) {
    const normal = typeof raw.email === 'string' ? normalizeEmail(raw.email) : undefined;
    email = emailSchema.safeParse(normal).success
      ? normal
      : add('email', `${show(raw.email)} is not a valid e-mail address.`);
  }
  if (isAbsent(raw.phone) && isAbsent(raw.email)) add(null, 'A lead needs a phone or an e-mail address.');
  const product = text(raw.product, 'product', 'product', add, true);
  const category = text(raw.category, 'category', 'category', add, false);
  const price = isAbsent(raw.priceQuoted)
    ? null
    : moneyOf(raw.priceQuoted, opts.money, 'priceQuoted', 'quoted price', add);
  let objection: SharedLead['objection'] | undefined;
  if (isAbsent(raw.objection)) add('objection', 'The objection is missing.');
  else {
    const parsed = objectionSchema.safeParse(typeof raw.objection === 'string' ? raw.objection.trim() : null);
    if (parsed.success) objection = parsed.data;
    else add('objection', `The objection ${show(raw.objection)} is not one of ${OBJECTIONS.join(', ')}.`);
  }
  const objectionText = text(raw.objectionText, 'objectionText', 'objection text', add, false);
  const extras: Pick<SharedLead, 'painPoints' | 'notes' | 'personalDetails'> = {};
  for (const [field, label] of [
    ['painPoints', 'pain points'],
    ['notes', 'notes'],
    ['personalDetails', 'personal details'],
  ] as const) {
    const value = text(raw[field], field, label, add, false);
    if (value) extras[field] = value;
  }
  const refused = withControls(raw, LEAD_LABELS, list);
  if (refused) return refused;
  return {
    ok: true,
    value: {
      shareId: shareId!,
      originDistributor: originDistributor!,
      originRep: originRep!,
      visitedAt: visitedAt!,
      firstName: firstName!,
      lastName: lastName!,
      phone: phone ?? null,
      email: email ?? null,
      product: product!,
      category: category!,
      objection: objection!,
      objectionText: objectionText!,
      ...(price === null ? {} : { priceQuotedCents: price! }),
      ...extras,
    },
  };
}

/** Partners type outcomes by hand: "Not interested" and "not-interested" mean not_interested. */
function outcomeCode(v: unknown): unknown {
  return typeof v === 'string'
    ? v
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_')
    : v;
}

export function checkOutcome(
  raw: Partial<Record<OutcomeField, unknown>>,
  money: MoneyIn,
): Checked<OutcomeRecord, OutcomeField> {
  const { list, add } = problems<OutcomeField>();
  const shareId = shareIdOf(raw.shareId, 'shareId', add);
  const parsed = outcomeSchema.safeParse(outcomeCode(raw.outcome));
  if (!parsed.success) {
    add(
      'outcome',
      isAbsent(raw.outcome)
        ? 'The outcome is missing.'
        : `The outcome ${show(raw.outcome)} is not one of ${PARTNER_OUTCOMES.join(', ')}.`,
    );
  }
  const sold = parsed.success && parsed.data === 'sold';
  let saleDate: string | null = null;
  let saleAmountCents: number | null = null;
  if (sold) {
    if (isAbsent(raw.saleDate)) add('saleDate', 'A sold outcome needs its sale date.');
    else if (!saleDateSchema.safeParse(raw.saleDate).success) {
      add('saleDate', `The sale date ${show(raw.saleDate)} is not a real date written YYYY-MM-DD.`);
    } else saleDate = raw.saleDate as string;
    if (isAbsent(raw.saleAmount)) add('saleAmount', 'A sold outcome needs its sale amount.');
    else saleAmountCents = moneyOf(raw.saleAmount, money, 'saleAmount', 'sale amount', add) ?? null;
  } else if (parsed.success) {
    if (!isAbsent(raw.saleDate)) add('saleDate', `Only a sold outcome has a sale date, not ${parsed.data}.`);
    if (!isAbsent(raw.saleAmount))
      add('saleAmount', `Only a sold outcome has a sale amount, not ${parsed.data}.`);
  }
  const refused = withControls(raw, OUTCOME_LABELS, list);
  if (refused) return refused;
  return { ok: true, value: { shareId: shareId!, outcome: parsed.data!, saleDate, saleAmountCents } };
}

/** A file refused for one reason that makes reading further pointless. */
export function refuse(where: string, message: string): { ok: false; problems: FileProblem[] } {
  return { ok: false, problems: [{ where, message }] };
}

/** The share id as records are compared, or undefined when it is not a UUID (reported elsewhere). */
export function shareIdKey(v: unknown): string | undefined {
  const id = typeof v === 'string' ? v.trim() : undefined;
  return shareIdSchema.safeParse(id).success ? id!.toLowerCase() : undefined;
}

/** Every later use of a share id is a problem naming both places, so the partner can find the pair. */
export function duplicateShareIds(
  ids: readonly (string | undefined)[],
  place: (i: number) => string,
): FileProblem[] {
  const first = new Map<string, number>();
  const found: FileProblem[] = [];
  ids.forEach((id, i) => {
    if (!id) return;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else {
      found.push({
        where: place(i),
        message: `The share id ${id} is used twice in this file (${place(seen)} and ${place(i)}).`,
      });
    }
  });
  return found;
}

/** Field problems of one record, placed with the format's own names ("line 4, column phone"). */
export function placeProblems<F extends string>(
  list: FieldProblem<F>[],
  record: string,
  names: Record<F, string>,
): FileProblem[] {
  return list.map((p) => ({
    where: p.field === null ? record : `${record}, ${names[p.field]}`,
    message: p.message,
  }));
}
