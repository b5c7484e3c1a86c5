// Sign-in at the shared counter PC: employee + PIN, throttled in the database so a restart does not reset it.
import type { EmployeeDto } from '../../../shared/contract/dto';
import { recordAudit } from '../audit/audit.repo';
import type { Actor, ServiceDeps } from '../context';
import { LockedError, ValidationError } from '../errors';
import type { Sessions } from '../sessions';
import * as repo from './employees.repo';
import { verifyPin } from './pin';

export const FREE_PIN_TRIES = 5;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;

export function lockDuration(failedPins: number): number {
  if (failedPins < FREE_PIN_TRIES) return 0;
  return Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (failedPins - FREE_PIN_TRIES));
}

export function createAuthService(deps: ServiceDeps, sessions: Sessions) {
  const { store, now } = deps;

  async function signIn(actor: Actor, input: { employeeId: number; pin: string }): Promise<EmployeeDto> {
    const at = now();
    // Count first, verify after: the try is reserved (as a failure) in the database before scrypt runs,
    // so however many arrive at once, from any door or PC, at most FREE_PIN_TRIES are ever checked.
    const reserved = await store.transaction(async (tx) => {
      const state = await repo.getPinState(tx, input.employeeId);
      if (!state) throw new ValidationError('Pick your name from the list.');
      if (state.lockedUntil !== null && state.lockedUntil > at) {
        throw new LockedError(`Too many wrong PINs. Try again in ${secondsLeft(state.lockedUntil, at)}.`);
      }
      const failed = state.failedPins + 1;
      const lock = lockDuration(failed) > 0 ? at + lockDuration(failed) : null;
      await repo.setPinFailures(tx, input.employeeId, failed, lock);
      return { pinHash: state.pinHash, failed, lock };
    });
    const good = await verifyPin(input.pin, reserved.pinHash);
    await store.transaction(async (tx) => {
      if (good) await repo.setPinFailures(tx, input.employeeId, 0, null);
      await recordAudit(tx, {
        at,
        employeeId: input.employeeId,
        action: good ? 'sign_in' : 'sign_in_failed',
        entity: 'employee',
        entityId: input.employeeId,
      });
    });
    if (!good) {
      if (reserved.lock !== null) {
        throw new LockedError(`Wrong PIN. Too many tries: wait ${secondsLeft(reserved.lock, at)}.`);
      }
      const left = FREE_PIN_TRIES - reserved.failed;
      throw new ValidationError(`Wrong PIN. ${left} ${left === 1 ? 'try' : 'tries'} left before a pause.`, [
        { path: 'pin', message: 'Wrong PIN' },
      ]);
    }
    sessions.signIn(actor.sessionKey, input.employeeId);
    const employee = await repo.getEmployee(store.db, input.employeeId);
    if (!employee) throw new ValidationError('Pick your name from the list.');
    return employee;
  }

  return {
    signIn,
    signOut(actor: Actor): null {
      sessions.signOut(actor.sessionKey);
      return null;
    },
    current(actor: Actor): EmployeeDto | null {
      return actor.employee;
    },
    async employees(): Promise<EmployeeDto[]> {
      return repo.listEmployees(store.db, true);
    },
  };
}

function secondsLeft(until: number, at: number): string {
  const s = Math.ceil((until - at) / 1000);
  return s >= 90 ? `${Math.ceil(s / 60)} minutes` : `${s} seconds`;
}
