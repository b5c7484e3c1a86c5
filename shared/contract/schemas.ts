// Input schemas of the contract: every door validates against these before a service runs.
import { z } from 'zod';
import { REASON_CATEGORIES } from '../domain/reasonRanking';
import { settingsSchema } from '../domain/settings';
import { areaCodeProblem } from '../domain/territory';
import { CALENDAR_SECTIONS, CHANNELS, OBJECTIONS, OUTCOMES, ROLES, SURVEY_OBJECTIONS } from '../domain/vocab';

export const id = z.number().int().positive();
export const instant = z
  .number()
  .int()
  .min(Date.UTC(2000, 0, 1), 'Date is too far in the past')
  .max(Date.UTC(2100, 0, 1), 'Date is too far in the future');
const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
export const pinSchema = z.string().regex(/^\d{4,6}$/, 'A PIN is 4 to 6 digits');
export const personName = z.string().trim().min(1, 'Enter a name').max(80, 'At most 80 characters');

export const empty = z.object({}).strict();

export const signInInput = z.object({ employeeId: id, pin: z.string().max(12) }).strict();

export const employeeCreateInput = z
  .object({ name: personName, role: z.enum(ROLES), pin: pinSchema, saveProgram: z.boolean().default(false) })
  .strict();
export const employeeUpdateInput = z
  .object({
    id,
    name: personName.optional(),
    role: z.enum(ROLES).optional(),
    active: z.boolean().optional(),
    saveProgram: z.boolean().optional(),
  })
  .strict();
export const employeeResetPinInput = z.object({ id, pin: pinSchema }).strict();

export const prospectMatchInput = z
  .object({ phone: text(40).optional(), email: text(254).optional() })
  .strict();

/** A new prospect's channel and consents when not sent. For a returning one (existingProspectId), omitted
 *  means "untouched, keep what is stored", and so does a blank name, phone, email or best time. */
export const NEW_PROSPECT_CHOICES = { preferredChannel: 'call', contactOk: true, shareOk: false } as const;
const prospectFields = z
  .object({
    firstName: text(60).default(''),
    lastName: text(60).default(''),
    phone: text(40).default(''),
    email: z
      .union([z.literal(''), z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address'))])
      .default(''),
    preferredChannel: z.enum(CHANNELS).optional(),
    bestTime: text(80).default(''),
    contactOk: z.boolean().optional(),
    shareOk: z.boolean().optional(),
  })
  .strict();

export const walkoutCreateInput = z
  .object({
    prospect: prospectFields,
    /** A returning be-back the employee chose from the offered matches. */
    existingProspectId: id.optional(),
    /** The employee saw the offered matches and says this is a different person. */
    confirmNewProspect: z.boolean().default(false),
    contactRefused: z.boolean().default(false),
    visitedAt: instant.optional(),
    product: z.string().trim().min(1, 'What did they look at?').max(120),
    category: text(60).default(''),
    priceQuotedCents: z.number().int().min(0).max(100_000_000_00).nullable().default(null),
    closeness: z.number().int().min(1, 'How close: 1 to 5').max(5, 'How close: 1 to 5'),
    objection: z.enum(OBJECTIONS),
    objectionText: text(500).default(''),
    painPoints: text(1000).default(''),
    motivation: text(1000).default(''),
    personalDetails: text(1000).default(''),
    nextStepText: text(200).default(''),
    nextStepAt: instant.nullable().default(null),
  })
  .strict()
  .superRefine((w, ctx) => {
    if (!w.existingProspectId && !w.prospect.firstName) {
      ctx.addIssue({ code: 'custom', path: ['prospect', 'firstName'], message: 'Enter a first name' });
    }
    if (!w.contactRefused && !w.existingProspectId && !w.prospect.phone && !w.prospect.email) {
      ctx.addIssue({
        code: 'custom',
        path: ['prospect', 'phone'],
        message: 'Enter a phone or email, or tick "Refused contact details"',
      });
    }
  });
export type WalkoutCreateInput = z.infer<typeof walkoutCreateInput>;

export const walkoutGetInput = z.object({ id }).strict();
export const calendarDayInput = z.object({ employeeId: id.optional() }).strict();
/** Rows of a section from the `offset`-th, as the list scrolls to them: `at` is the day's own `now`. */
export const calendarSectionInput = z
  .object({
    employeeId: id.optional(),
    section: z.enum(CALENDAR_SECTIONS),
    at: instant,
    offset: z.number().int().min(0).max(1_000_000),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type CalendarSectionInput = z.infer<typeof calendarSectionInput>;
/** One open call of the signed-in employee's calendar (a reminder's click), wherever it lies in the list. */
export const calendarEntryInput = z.object({ followUpId: id }).strict();
/** The signed-in employee's own calendar only; the phone goes in the file only when they tick it. */
export const calendarExportInput = z.object({ withPhone: z.boolean() }).strict();

export const followUpCompleteInput = z
  .object({
    followUpId: id,
    outcome: z.enum(OUTCOMES),
    notes: text(2000).default(''),
    message: text(4000).default(''),
    /** The reason of value the call or message used ("The reason I'm calling is ____"). */
    reasonId: id.nullable().default(null),
    /** On a manager survey: the reason the prospect gives on the phone, beside the rep's. */
    surveyObjection: z.enum(SURVEY_OBJECTIONS).nullable().default(null),
    surveyText: text(500).default(''),
    agreedNextAt: instant.nullable().default(null),
    saleAmountCents: z.number().int().min(0).max(100_000_000_00).nullable().default(null),
  })
  .strict();
export type FollowUpCompleteInput = z.infer<typeof followUpCompleteInput>;

/** Undo of a logged outcome: the call it was logged on. */
export const followUpUndoInput = z.object({ followUpId: id }).strict();
/** The last outcome logged by an employee (oneself when left out), while it can be undone. */
export const followUpLastLoggedInput = z.object({ employeeId: id.optional() }).strict();

export const reassignInput = z
  .object({
    toEmployeeId: id,
    walkoutId: id.optional(),
    fromEmployeeId: id.optional(),
  })
  .strict()
  .refine((r) => (r.walkoutId === undefined) !== (r.fromEmployeeId === undefined), {
    message: 'Reassign either one walkout or a whole calendar',
  });

export const settingsUpdateInput = settingsSchema.partial().strict();

const keyword = z.string().trim().min(1).max(60);
const reasonFields = z
  .object({
    text: z.string().trim().min(5, 'Say the reason in a sentence').max(300, 'At most 300 characters'),
    category: z.enum(REASON_CATEGORIES),
    products: z.array(keyword).max(20).default([]),
    categories: z.array(keyword).max(20).default([]),
    objections: z.array(z.enum(OBJECTIONS)).max(OBJECTIONS.length).default([]),
    activeFrom: instant.nullable().default(null),
    activeUntil: instant.nullable().default(null),
  })
  .strict();
const activeOrder = (r: { activeFrom: number | null; activeUntil: number | null }) =>
  r.activeFrom === null || r.activeUntil === null || r.activeUntil > r.activeFrom;
const activeOrderIssue = { message: '"Active until" must be after "active from"', path: ['activeUntil'] };

export const reasonCreateInput = reasonFields.refine(activeOrder, activeOrderIssue);
export type ReasonCreateInput = z.infer<typeof reasonCreateInput>;
export const reasonUpdateInput = reasonFields.extend({ id }).strict().refine(activeOrder, activeOrderIssue);
export const reasonRetireInput = z.object({ id }).strict();
export const reasonListInput = z.object({ includeRetired: z.boolean().default(false) }).strict();
export const reasonSuggestInput = z.object({ walkoutId: id }).strict();
export const campaignPreviewInput = z.object({ reasonId: id }).strict();
export const campaignStartInput = z.object({ reasonId: id }).strict();
export const campaignProgressInput = z.object({ jobId: z.string().uuid() }).strict();

const money = z.number().int().min(0, 'An amount cannot be negative').max(100_000_000_00);
const period = z
  .object({ from: instant, to: instant })
  .strict()
  .refine((p) => p.to > p.from, { message: 'The period must end after it starts', path: ['to'] });

export const recordSaleInput = z
  .object({
    walkoutId: id,
    closer: z.enum(['rep', 'manager_save']),
    amountCents: money,
    soldAt: instant.optional(),
  })
  .strict();
export const reopenInput = z
  .object({ walkoutId: id, why: z.string().trim().min(3, 'Say why the sale is reopened').max(200) })
  .strict();

const referredPerson = z
  .object({
    firstName: z.string().trim().min(1, 'Enter a first name').max(60),
    lastName: text(60).default(''),
    phone: z.string().trim().min(1, 'Enter a phone number').max(40),
    relationship: text(60).default(''),
  })
  .strict();
export const referralsCreateInput = z
  .object({ walkoutId: id, people: z.array(referredPerson).min(1, 'Add at least one person').max(10) })
  .strict();
export type ReferralsCreateInput = z.infer<typeof referralsCreateInput>;

export const commissionsListInput = z
  .object({ from: instant, to: instant, employeeId: id.optional() })
  .strict()
  .refine((p) => p.to > p.from, { message: 'The period must end after it starts', path: ['to'] });
export const commissionsMarkPaidInput = z
  .object({ creditIds: z.array(id).min(1, 'Choose the lines to mark paid').max(10_000), paidAt: instant })
  .strict();

export const auditTeamInput = period;
export const AUDIT_LISTS = [
  'all',
  'no_contact',
  'late_first_attempt',
  'no_next_step',
  'overdue',
  'without_next_call',
  'survey_disagrees',
] as const;
export type AuditList = (typeof AUDIT_LISTS)[number];
/** A page of a long list: where it starts, and how many rows (a screenful or two). */
const listPage = {
  offset: z.number().int().min(0).max(100_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};
export type ListPage = z.infer<z.ZodObject<typeof listPage>>;

export const auditWalkoutsInput = z
  .object({ employeeId: id, from: instant, to: instant, list: z.enum(AUDIT_LISTS), ...listPage })
  .strict();

const dashboardFilters = {
  from: instant,
  to: instant,
  employeeId: id.optional(),
  category: z.string().trim().min(1).max(60).optional(),
  objection: z.enum(OBJECTIONS).optional(),
  /**
   * What every figure counts: walkouts (visits), or unique prospects. By prospect, within each group (the
   * headline, a bar, a speed bucket, a funnel stage) a person counts once if any of their walkouts of the
   * filtered period falls in it, and is sold there if any of those walkouts was sold; a person with visits
   * under two objections is in both bars. The drill-downs list walkouts either way: the walkouts of a bar
   * are the visits of the people it counts.
   */
  by: z.enum(['walkout', 'prospect']).default('walkout'),
};
export const dashboardInput = z
  .object({
    ...dashboardFilters,
    previousFrom: instant,
    previousTo: instant,
    granularity: z.enum(['week', 'month']),
  })
  .strict()
  .refine((p) => p.to > p.from && p.previousTo > p.previousFrom, {
    message: 'The period must end after it starts',
    path: ['to'],
  });
export type DashboardInput = z.infer<typeof dashboardInput>;
export type DashboardFilters = Pick<DashboardInput, 'from' | 'to' | 'employeeId' | 'category' | 'objection'>;

export const DASHBOARD_SLICES = [
  'all',
  'sold',
  'employee',
  'objection',
  'speed',
  'reason',
  'funnel',
  'trend',
] as const;
export const dashboardWalkoutsInput = z
  .object({
    ...dashboardFilters,
    slice: z.enum(DASHBOARD_SLICES),
    /** The bar clicked: an employee id, objection, speed bucket, reason id, funnel stage or bucket start. */
    key: z.union([z.string().max(60), z.number()]).optional(),
    /** For trend bars: the bucket's end, and optionally the closer of a stacked segment. */
    keyTo: instant.optional(),
    closer: z.enum(['rep', 'manager_save', 'partner']).optional(),
    ...listPage,
  })
  .strict();
export type DashboardWalkoutsInput = z.infer<typeof dashboardWalkoutsInput>;

// ---- Partner exchange ----
export const PARTNER_SHARED_FIELDS = ['painPoints', 'notes', 'priceQuoted', 'personalDetails'] as const;
const areaCode = z.string().superRefine((code, ctx) => {
  const problem = areaCodeProblem(code);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const partnerFields = z
  .object({
    name: z.string().trim().min(1, 'Enter the partner’s name').max(120),
    contact: text(200).default(''),
    sharedFields: z.array(z.enum(PARTNER_SHARED_FIELDS)).max(4).default([]),
    commissionCents: money.default(0),
    territory: text(200).default(''),
    categories: z.array(keyword).max(20).default([]),
    /** The territory that is enforced: NANP area codes of the prospect's phone; empty: anywhere. */
    areaCodes: z.array(areaCode).max(100, 'At most 100 area codes').default([]),
    /** A walkout is worked at home this many days before it may go to this partner. */
    shareAfterDays: z
      .number({ error: 'Enter a number of days from 0 to 365' })
      .int('Enter a whole number of days')
      .min(0, 'Enter a number of days from 0 to 365')
      .max(365, 'Enter a number of days from 0 to 365')
      .default(14),
    activeFrom: instant.nullable().default(null),
    activeUntil: instant.nullable().default(null),
  })
  .strict();
export const partnerCreateInput = partnerFields.refine(activeOrder, activeOrderIssue);
export type PartnerFields = z.infer<typeof partnerCreateInput>;
export const partnerUpdateInput = partnerFields.extend({ id }).strict().refine(activeOrder, activeOrderIssue);

export const exportFilterInput = z
  .object({
    partnerId: id,
    statuses: z.array(z.enum(['open', 'not_now', 'lost'])).min(1, 'Choose at least one status'),
    category: z.string().trim().min(1).max(60).optional(),
    employeeId: id.optional(),
  })
  .strict();
export type ExportFilter = z.infer<typeof exportFilterInput>;
export const exportLeadsInput = exportFilterInput.extend({ format: z.enum(['json', 'csv', 'adf']) }).strict();

/** A partner's file as the renderer read it; the size limit and its message belong to the file reader. */
const partnerFile = {
  partnerId: id,
  fileName: z.string().trim().min(1).max(260),
  content: z.string().max(60 * 1024 * 1024, 'The file is larger than 60 MB'),
};
export const importCheckInput = z.object(partnerFile).strict();
export const importLeadsInput = z
  .object({
    ...partnerFile,
    assignTo: id,
    /** For leads whose phone or email matches a prospect already here: merge into it, or a new prospect. */
    decisions: z.record(z.string(), z.enum(['merge', 'new'])).default({}),
  })
  .strict();
export type ImportLeadsInput = z.infer<typeof importLeadsInput>;
export const exportOutcomesInput = z.object({ partnerId: id, format: z.enum(['json', 'csv']) }).strict();
export const importOutcomesInput = z.object(partnerFile).strict();
/** A recorded lead file sent again, in any format: the same leads, minus those no longer shareable. */
export const resendBatchInput = z.object({ batchId: id, format: z.enum(['json', 'csv', 'adf']) }).strict();
export const partnerBatchesInput = z.object({ partnerId: id.optional() }).strict();

// ---- Privacy: erasing a person ----
/** Prospect search (Ctrl+K): a name, a phone in any format (4 digits at least) or an e-mail. */
export const prospectSearchInput = z
  .object({ query: z.string().trim().min(2, 'Type at least 2 letters or digits').max(80) })
  .strict();
export const prospectFindInput = z
  .object({ query: z.string().trim().min(2, 'Type at least 2 letters or digits').max(80) })
  .strict();
export const erasePreviewInput = z.object({ prospectId: id }).strict();
export const eraseInput = z
  .object({ prospectId: id, confirm: z.string().trim().min(1, 'Type the name to confirm').max(200) })
  .strict();
