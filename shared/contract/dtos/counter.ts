// Employees, prospects, walkouts and the lead calendar: the counter and My day.
import type { Settings } from '../../domain/settings';
import type {
  CalendarSection,
  Channel,
  Closer,
  FollowUpStatus,
  Objection,
  Outcome,
  ProspectSource,
  Purpose,
  Role,
  SurveyObjection,
  WalkoutStatus,
} from '../../domain/vocab';
import type { DemoTradeName } from '../setupSchemas';
import type { CreditDto, ReferralDto } from './managerDesk';

export interface EmployeeDto {
  id: number;
  name: string;
  role: Role;
  active: boolean;
  saveProgram: boolean;
  /** When the rep last opted in or out of the save program (recorded, never overwritten). */
  saveProgramChangedAt: number | null;
}

export interface SetupStatusDto {
  storeName: string;
  needsSetup: boolean;
  demoMode: boolean;
  /** Demo PINs, shown on the sign-in screen only while the database holds demo data. */
  demoPins: { employeeId: number; pin: string }[];
  /** The demo's trade while the store holds demo data, else null. */
  demoTrade: DemoTradeName | null;
}

export interface ProspectDto {
  id: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  preferredChannel: Channel;
  bestTime: string;
  contactOk: boolean;
  shareOk: boolean;
  doNotContact: boolean;
  source: ProspectSource;
}

export interface ProspectMatchDto {
  prospect: ProspectDto;
  matchedOn: ('phone' | 'email')[];
  walkoutCount: number;
  lastVisitAt: number;
  lastEmployeeName: string;
}

export interface WalkoutDto {
  id: number;
  prospectId: number;
  employeeId: number;
  employeeName: string;
  visitedAt: number;
  product: string;
  category: string;
  priceQuotedCents: number | null;
  closeness: number;
  objection: Objection;
  objectionText: string;
  painPoints: string;
  motivation: string;
  personalDetails: string;
  nextStepText: string;
  nextStepAt: number | null;
  contactRefused: boolean;
  status: WalkoutStatus;
  soldAt: number | null;
  closer: Closer | null;
  saleAmountCents: number | null;
  source: ProspectSource;
  surveyObjection: SurveyObjection | null;
  surveyText: string;
}

export interface FollowUpDto {
  id: number;
  walkoutId: number;
  assigneeId: number;
  assigneeName: string;
  dueAt: number;
  channel: Channel;
  purpose: Purpose;
  status: FollowUpStatus;
  outcome: Outcome | null;
  notes: string;
  message: string;
  reasonId: number | null;
  reasonText: string | null;
  completedAt: number | null;
  completedByName: string | null;
}

export interface CalendarRowDto {
  followUp: FollowUpDto;
  prospect: ProspectDto;
  walkout: WalkoutDto;
  attemptsSoFar: number;
}

/** A calendar's first rows of each section, and how many each holds in all (the rest come as it scrolls). */
export interface CalendarDayDto {
  now: number;
  timeZone: string;
  employee: EmployeeDto;
  overdue: CalendarRowDto[];
  today: CalendarRowDto[];
  upcoming: CalendarRowDto[];
  counts: Record<CalendarSection, number>;
}

/** More rows of one section, from the offset asked for. */
export interface CalendarPageDto {
  rows: CalendarRowDto[];
}

/** An iCalendar file of the signed-in employee's open follow-ups, for their phone or Outlook. */
export interface CalendarFileDto {
  fileName: string;
  /** text/calendar (RFC 5545), times in UTC. */
  content: string;
}

export interface WalkoutStoryDto {
  walkout: WalkoutDto;
  prospect: ProspectDto;
  referrals: ReferralDto[];
  credits: CreditDto[];
  /** Who referred this prospect, when a sold customer did. */
  referredBy: string | null;
  /** Partners this walkout was shared with; and, for a partner's lead, where it came from. */
  sharedWith: string[];
  origin: { partnerName: string; repName: string } | null;
  otherVisits: OtherVisitDto[];
  followUps: FollowUpDto[];
  /** Corrections of the walkout's details after logging, oldest first. */
  corrections: CorrectionDto[];
}

/** A changed field's value, keyed by its path in walkouts.correct's changes ("product", "prospect.phone"). */
export type CorrectedValues = Record<string, string | number | boolean | null>;

/** One correction (walkouts.correct): who made it, when, and each changed field before and after. */
export interface CorrectionDto {
  /** Its audit line. */
  id: number;
  at: number;
  byName: string;
  before: CorrectedValues;
  after: CorrectedValues;
}

/**
 * Another visit of the same prospect, newest first. A staff member sees a visit that is not on their own
 * calendar as "a visit on <date> with <rep>" only (`detail` null): never what was looked at, its status,
 * notes, objection or calls. Managers, owners and the rep who has the visit see `detail`.
 */
export interface OtherVisitDto {
  visitedAt: number;
  employeeName: string;
  detail: { id: number; product: string; status: WalkoutStatus } | null;
}

export interface WalkoutCreatedDto {
  walkoutId: number;
  prospectId: number;
  prospectName: string;
  returning: boolean;
  visitedAt: number;
  firstContact: { followUpId: number; dueAt: number; assigneeName: string; late: boolean } | null;
  /** Open follow-ups of the prospect's earlier visits that gave way to this one (one person, one call). */
  earlierCallsCancelled: number;
  /** A visit logged late, behind a later one of the same prospect: that one keeps the calls. */
  laterVisitAt: number | null;
}

export interface AttemptLoggedDto {
  walkoutStatus: WalkoutStatus;
  next: { followUpId: number; dueAt: number; purpose: Purpose; assigneeName: string } | null;
  cancelledCount: number;
}

export interface ReassignedDto {
  walkouts: number;
  followUps: number;
}

export type SettingsDto = Settings;
