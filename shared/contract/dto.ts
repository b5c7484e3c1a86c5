// JSON-safe shapes that cross the doors: epoch-ms numbers, plain objects.
import type { ReasonForRanking } from '../domain/reasonRanking';
import type { Settings } from '../domain/settings';
import type {
  Channel,
  Closer,
  FollowUpStatus,
  Objection,
  Outcome,
  ProspectSource,
  Purpose,
  Role,
  WalkoutStatus,
} from '../domain/vocab';

export interface EmployeeDto {
  id: number;
  name: string;
  role: Role;
  active: boolean;
  saveProgram: boolean;
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
