// JSON-safe shapes that cross the doors: epoch-ms numbers, plain objects.
import type { ReasonForRanking } from '../domain/reasonRanking';
import type { Settings } from '../domain/settings';
import type {
  Channel,
  Closer,
  CreditKind,
  FollowUpStatus,
  Objection,
  Outcome,
  ProspectSource,
  Purpose,
  Role,
  SurveyObjection,
  WalkoutStatus,
} from '../domain/vocab';

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

export interface CalendarDayDto {
  now: number;
  timeZone: string;
  employee: EmployeeDto;
  overdue: CalendarRowDto[];
  today: CalendarRowDto[];
  upcoming: CalendarRowDto[];
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
  otherVisits: { id: number; visitedAt: number; product: string; status: WalkoutStatus }[];
  followUps: FollowUpDto[];
}

export interface WalkoutCreatedDto {
  walkoutId: number;
  prospectId: number;
  prospectName: string;
  returning: boolean;
  visitedAt: number;
  firstContact: { followUpId: number; dueAt: number; assigneeName: string; late: boolean } | null;
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

export interface ReasonDto extends ReasonForRanking {
  createdByName: string | null;
  /** Completed attempts that used the reason, how many reached the prospect, and walkouts sold after. */
  stats: { attempts: number; reached: number; sold: number };
}

export interface SuggestedReasonDto {
  reason: ReasonDto;
  why: string;
  score: number;
}

export interface CampaignPreviewDto {
  reasonId: number;
  /** Open and not-now walkouts the reason fits. */
  fitting: number;
  /** Of those, the ones that will get a campaign follow-up. */
  eligible: number;
  excluded: {
    doNotContact: number;
    contactNotOk: number;
    noContactDetails: number;
    alreadyInCampaign: number;
    firstCallStillDue: number;
    ownerInactive: number;
  };
  perEmployee: { employeeId: number; name: string; count: number; firstDueAt: number; lastDueAt: number }[];
  sample: {
    walkoutId: number;
    prospectName: string;
    product: string;
    objection: Objection;
    ownerName: string;
  }[];
  dailyCap: number;
}

export interface CampaignProgressDto {
  jobId: string;
  phase: 'finding' | 'planning' | 'writing' | 'done' | 'failed';
  done: number;
  total: number;
  created: number;
  error: string | null;
}

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

export const SPEED_BUCKETS = ['same_day', 'lt_24h', 'd1_3', 'd3_7', 'gt_7d', 'never'] as const;
export type SpeedBucket = (typeof SPEED_BUCKETS)[number];

export interface HeadlineDto {
  walkouts: number;
  withContact: number;
  /** Walkouts with contact whose first attempt was done within 24 h (follow-up compliance numerator). */
  compliant: number;
  sold: number;
  soldByCloser: Record<Closer, number>;
  /** Sum of the sale amounts of walkouts later sold: money that walked out and came back. */
  valueSavedCents: number;
  surveysCompleted: number;
  managerSaves: number;
}

export interface DashboardDto {
  headline: HeadlineDto;
  previous: HeadlineDto;
  /** Unpaid credits, all periods (per rep when filtered by employee). */
  commissionOwedCents: number;
  trend: { start: number; walkouts: number; rep: number; manager_save: number; partner: number }[];
  byEmployee: {
    employeeId: number;
    name: string;
    walkouts: number;
    withContact: number;
    compliant: number;
    sold: number;
  }[];
  speed: { bucket: SpeedBucket; walkouts: number; sold: number }[];
  byObjection: { objection: Objection; walkouts: number; sold: number }[];
  byReason: { reasonId: number; text: string; walkouts: number; sold: number }[];
  funnel: { walkouts: number; withContact: number; reached: number; appointmentOrBack: number; sold: number };
  categories: string[];
}

export interface PartnerDto {
  id: number;
  name: string;
  contact: string;
  sharedFields: ('painPoints' | 'notes' | 'priceQuoted' | 'personalDetails')[];
  commissionCents: number;
  territory: string;
  categories: string[];
  activeFrom: number | null;
  activeUntil: number | null;
  createdAt: number;
  leadsShared: number;
  leadsReceived: number;
  partnerSales: number;
}

export interface ExportPreviewDto {
  qualifying: number;
  leftOut: { noShareConsent: number; doNotContact: number; noContactDetails: number; alreadyShared: number };
  sample: {
    walkoutId: number;
    prospectName: string;
    product: string;
    visitedAt: number;
    ownerName: string;
  }[];
}

export interface PartnerFileDto {
  fileName: string;
  content: string;
  count: number;
  sha256: string;
  batchId: number | null;
}

export interface ImportCheckDto {
  format: 'json' | 'csv' | 'adf';
  sender: string;
  leads: number;
  alreadyImported: number;
  /** Leads whose phone or email belongs to a prospect already here: merge or keep apart, never silently. */
  matches: {
    shareId: string;
    leadName: string;
    prospectId: number;
    prospectName: string;
    matchedOn: string;
  }[];
}

export interface ImportResultDto {
  batchId: number;
  imported: number;
  merged: number;
  alreadyImported: number;
}

export interface OutcomesImportedDto {
  /** Null when the file changed nothing (imported before): no batch is recorded for it. */
  batchId: number | null;
  sold: number;
  credits: number;
  /** Leads whose reported outcome changed (sales included). */
  updated: number;
  unchanged: number;
}

export interface ShareBatchDto {
  id: number;
  partnerName: string;
  kind: 'lead_export' | 'lead_import' | 'outcome_export' | 'outcome_import';
  format: 'json' | 'csv' | 'adf';
  fileName: string;
  fields: string[];
  sha256: string;
  count: number;
  createdByName: string;
  createdAt: number;
}
