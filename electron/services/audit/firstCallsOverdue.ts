// The escalation rule: a first call not made N hours (setting firstCallOverdueHours) after it fell due
// goes on the manager's desk, so nobody has to open each rep's calendar to find it.
import type { FirstCallsOverdueDto } from '../../../shared/contract/dto';
import type { ServiceDeps } from '../context';
import { firstCallsDueBy } from './firstCallsOverdue.repo';

const HOUR_MS = 3_600_000;

export function createFirstCallsOverdue(deps: ServiceDeps) {
  return async (): Promise<FirstCallsOverdueDto> => {
    const now = deps.now();
    const overdueAfterHours = deps.settings().firstCallOverdueHours;
    // Exactly N hours late counts: "not made N hours after it fell due" is true from that instant.
    const calls = await firstCallsDueBy(deps.store.db, now - overdueAfterHours * HOUR_MS);
    return { now, overdueAfterHours, calls };
  };
}
