// Asks the service layer what was written since the last answer (app.changes, from memory) and refreshes
// those groups' reads: My day, the calendars and the dashboard follow other PCs' and tabs' writes.
import type { ChangesDto } from '../../shared/contract/changesSchemas';
import type { QueryGroup } from '../../shared/contract/queryGroups';

export const CHANGES_POLL_MS = 2_000;

export interface ChangePollerDeps {
  fetchChanges: (since: number) => Promise<ChangesDto>;
  refresh: (groups: readonly QueryGroup[]) => unknown;
  /** A failed round: a lost sign-in sends the app back to sign-in; anything else is tried again next time. */
  onError?: (err: unknown) => void;
}

export class ChangePoller {
  /** null until the first answer: the screens were just read, so that one refreshes nothing. */
  private cursor: number | null = null;
  private inFlight = false;
  constructor(private readonly deps: ChangePollerDeps) {}

  /** One round; a round still waiting for its answer makes this one a no-op, a failed one is tried next time. */
  async poll(): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    try {
      const answer = await this.deps.fetchChanges(this.cursor ?? 0);
      const first = this.cursor === null;
      this.cursor = answer.cursor;
      if (!first && answer.groups.length > 0) this.deps.refresh(answer.groups);
    } catch (err) {
      // The cursor stays, so the next round still reports what this one would have.
      this.deps.onError?.(err);
    } finally {
      this.inFlight = false;
    }
  }
}
