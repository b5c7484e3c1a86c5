// The save program's promise to the rep: a manager save of their walkout pays them the commission
// in force that day — if they were in the program when the sale was made.
import type { Settings } from '../../../shared/domain/settings';
import type { Executor } from '../../db/store';
import { getEmployee } from '../employees/employees.repo';
import { insertCredit } from './credits.repo';

export async function creditManagerSave(
  ex: Executor,
  walkout: { id: number; employeeId: number },
  settings: Settings,
  at: number,
): Promise<number | null> {
  const rep = await getEmployee(ex, walkout.employeeId);
  if (!rep?.saveProgram) return null;
  return insertCredit(ex, {
    employeeId: rep.id,
    walkoutId: walkout.id,
    kind: 'manager_save',
    amountCents: settings.saveCommissionCents,
    at,
  });
}
