// The owner's dashboard figures.
import type { Closer, Objection } from '../../domain/vocab';

/** The speed-to-first-contact buckets, of walkouts with a phone or email, in the chart's order. */
export const SPEED_BUCKETS = ['same_day', 'lt_24h', 'd1_3', 'd3_7', 'gt_7d', 'not_yet_due', 'never'] as const;
export type SpeedBucket = (typeof SPEED_BUCKETS)[number];
/** A drill-down key of the speed chart: a bucket, or the walkouts that left no contact details. */
export type SpeedKey = SpeedBucket | 'no_contact';

export interface HeadlineDto {
  walkouts: number;
  withContact: number;
  /** Walkouts with contact whose 24 h have passed, at the time of reading (compliance denominator). */
  dueForFirstCall: number;
  /** Of those, the first attempt was done within 24 h (follow-up compliance numerator). */
  compliant: number;
  sold: number;
  soldByCloser: Record<Closer, number>;
  /** Sum of the sale amounts of walkouts later sold: money that walked out and came back. */
  valueSavedCents: number;
  surveysCompleted: number;
  managerSaves: number;
  /** The same period by unique prospect: a returning be-back is one person, sold if any visit was. */
  people: { walkouts: number; sold: number };
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
    dueForFirstCall: number;
    compliant: number;
    sold: number;
  }[];
  speed: { bucket: SpeedBucket; walkouts: number; sold: number }[];
  /** Walkouts that left no phone or email: in no speed bucket, counted apart. */
  noContactDetails: { walkouts: number; sold: number };
  byObjection: { objection: Objection; walkouts: number; sold: number }[];
  byReason: { reasonId: number; text: string; walkouts: number; sold: number }[];
  funnel: { walkouts: number; withContact: number; reached: number; appointmentOrBack: number; sold: number };
  categories: string[];
}
