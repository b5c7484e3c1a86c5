// Undoing the last logged outcome of a call: what the bar on My day shows, and what the undo gave back.
import type { Outcome } from '../../domain/vocab';
import type { CalendarRowDto } from './counter';

/** An employee's last logged outcome while it can still be undone (ten minutes, nothing logged since). */
export interface LastLoggedDto {
  followUpId: number;
  outcome: Outcome;
  prospectName: string;
  completedAt: number;
  completedByName: string;
  /** When the undo stops being offered (server clock). */
  undoableUntil: number;
}

export interface OutcomeUndoneDto {
  /** The call, open again, as My day lists it: the panel opens on it. */
  row: CalendarRowDto;
  /** Calls the outcome had taken off the calendar that are back on it. */
  reopenedCount: number;
  /** The next call the outcome had booked, now gone (null when it booked none). */
  removedFollowUpId: number | null;
}
