// Cadence rule 5's gap: open leads with no next call on anyone's calendar, and the call that puts one back.
import type { Channel, Objection, Outcome, WalkoutStatus } from '../../domain/vocab';

export interface WithoutNextCallDto {
  walkoutId: number;
  prospectName: string;
  visitedAt: number;
  product: string;
  /** Why they didn't buy, as the rep logged it. */
  objection: Objection;
  status: WalkoutStatus;
  /** Whose lead: the employee who presented it. */
  employeeId: number;
  employeeName: string;
  /** How the walkout's last owner-side call ended, which tells why nothing is booked; null if it never had one. */
  lastCall: { status: 'done' | 'cancelled'; outcome: Outcome | null; at: number } | null;
  /** The channel a booked call would use, and its first allowed instant from now (store hours, call window). */
  channel: Channel;
  suggestedDueAt: number;
}

export interface WithoutNextCallListDto {
  now: number;
  rows: WithoutNextCallDto[];
}

export interface PutBackDto {
  followUpId: number;
  walkoutId: number;
  assigneeId: number;
  assigneeName: string;
  dueAt: number;
  channel: Channel;
}
