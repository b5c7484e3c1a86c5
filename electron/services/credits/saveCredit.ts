// The save program's promise to the rep: a manager save of their walkout pays them the commission
// in force that day — if they were in the program when the sale was made.
import type { Settings } from '../../../shared/domain/settings';
import type { Db } from '../../db/open';
import { getEmployee } from '../employees/employees.repo';
import { insertCredit } from './credits.repo';

export function creditManagerSave(
  db: Db,
  walkout: { id: number; employeeId: number },
  settings: Settings,
  at: number,
): number | null {
  const rep = getEmployee(db, walkout.employeeId);
  if (!rep?.saveProgram) return null;
  return insertCredit(db, {
    employeeId: rep.id,
    walkoutId: walkout.id,
    kind: 'manager_save',
    amountCents: settings.saveCommissionCents,
    at,
  });
}
