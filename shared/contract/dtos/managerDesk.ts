// The manager's desk: credits, commissions, referrals and the calendar audit.
import type { CreditKind, Objection, Role, SurveyObjection, WalkoutStatus } from '../../domain/vocab';

export interface CreditDto {
  id: number;
  employeeId: number;
  employeeName: string;
  walkoutId: number;
  kind: CreditKind;
  amountCents: number;
  createdAt: number;
  paidAt: number | null;
  prospectName: string;
  product: string;
  soldAt: number | null;
  saleAmountCents: number | null;
  /** For a referral credit: the person the customer referred. */
  referredName: string | null;
}

export interface CommissionsDto {
  from: number;
  to: number;
  credits: CreditDto[];
  perEmployee: {
    employeeId: number;
    name: string;
    earnedCents: number;
    paidCents: number;
    owedCents: number;
  }[];
  /** Every unpaid credit, whatever its period: what the store owes today. */
  owedAllTimeCents: number;
}

export interface CsvFileDto {
  fileName: string;
  /** UTF-8 text with a byte-order mark and CRLF line ends, as Excel expects. */
  content: string;
}

export interface ReferralDto {
  id: number;
  prospectName: string;
  phone: string | null;
  relationship: string;
  walkoutId: number;
  creditCents: number | null;
}

export interface AuditRowDto {
  employeeId: number;
  name: string;
  role: Role;
  active: boolean;
  saveProgram: boolean;
  walkouts: number;
  withContact: number;
  /** Walkouts with contact whose 24 h have passed (follow-up compliance denominator, at `now`). */
  dueForFirstCall: number;
  /** Of those, first attempt done within 24 h (the numerator). */
  firstAttemptIn24h: number;
  attempts: number;
  nextStepSet: number;
  overdueNow: number;
  /** Open walkouts with no next follow-up on the owner's calendar (cadence rule 5). */
  withoutNextCall: number;
  surveyed: number;
  surveyDisagrees: number;
}

export interface AuditDto {
  from: number;
  to: number;
  now: number;
  rows: AuditRowDto[];
}

/** A page of the walkouts behind a figure, and how many there are in all. */
export interface WalkoutListDto {
  total: number;
  rows: AuditWalkoutDto[];
}

export interface AuditWalkoutDto {
  walkoutId: number;
  visitedAt: number;
  prospectName: string;
  phone: string | null;
  email: string | null;
  product: string;
  objection: Objection;
  surveyObjection: SurveyObjection | null;
  status: WalkoutStatus;
  firstAttemptAt: number | null;
  attempts: number;
  nextDueAt: number | null;
}

/** A first-contact call still not made the store's "first call overdue" hours after it fell due. */
export interface FirstCallOverdueDto {
  followUpId: number;
  walkoutId: number;
  prospectName: string;
  /** Whose calendar it is on: the rep who owes the call. */
  employeeId: number;
  employeeName: string;
  dueAt: number;
}

export interface FirstCallsOverdueDto {
  /** The store's clock when this was read: how late each call is counts from it. */
  now: number;
  /** The setting the list was read with (firstCallOverdueHours). */
  overdueAfterHours: number;
  /** Oldest first, at most OVERDUE_LIST_LIMIT of them. */
  calls: FirstCallOverdueDto[];
}
