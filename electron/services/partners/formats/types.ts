// The partner exchange's records, as they travel in a file (docs/partner-exchange.md): leads one store
// shares with another, and the outcomes the other store sends back.
import type { Objection } from '../../../../shared/domain/vocab';

export type LeadFormat = 'json' | 'csv' | 'adf';
export type OutcomeFormat = 'json' | 'csv';

export interface SharedLead {
  /** Stable id of the lead across stores (the originating walkout's share id, a UUID). */
  shareId: string;
  originDistributor: string;
  originRep: string;
  /** When the prospect visited the originating store (epoch ms). */
  visitedAt: number;
  firstName: string;
  lastName: string;
  /** E.164, or null. A lead has a phone or an email. */
  phone: string | null;
  email: string | null;
  product: string;
  category: string;
  objection: Objection;
  objectionText: string;
  /** Present only when the agreement shares them. */
  priceQuotedCents?: number | null;
  painPoints?: string;
  notes?: string;
  personalDetails?: string;
}

export const PARTNER_OUTCOMES = ['sold', 'not_interested', 'unreachable', 'still_working'] as const;
export type PartnerOutcome = (typeof PARTNER_OUTCOMES)[number];

export interface OutcomeRecord {
  shareId: string;
  outcome: PartnerOutcome;
  /** Local date of the sale "YYYY-MM-DD", only for sold. */
  saleDate: string | null;
  saleAmountCents: number | null;
}

export interface FileProblem {
  /** "record 3", "line 4", "line 4, column phone" — where a person opening the file finds it. */
  where: string;
  message: string;
}

export type Parsed<T> = { ok: true; records: T[]; sender: string } | { ok: false; problems: FileProblem[] };

/** Files above this are refused before parsing: 100 000 leads fit in well under it. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;
