// channel → schema.safeParse → session/role check → handler → Result envelope. Never throws.
import {
  type ChannelName,
  contract,
  isBackgroundChannel,
  isChannelName,
  type OutputOf,
  type ParsedInputOf,
  touchesOf,
} from '../../shared/contract/channels';
import type { EmployeeDto } from '../../shared/contract/dto';
import type { QueryGroup } from '../../shared/contract/queryGroups';
import type { FieldIssue, Result } from '../../shared/contract/result';
import { isCorruption } from '../db/health';
import { isServerLost, SERVER_LOST_MESSAGE } from '../db/pg/serverLost';
import type { Router } from './boot.types';
import type { Actor } from './context';
import { AppFailure } from './errors';
import type { Sessions } from './sessions';

export type Handlers = {
  [C in ChannelName]: (actor: Actor, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
};

export interface RouterDeps {
  handlers: Handlers;
  sessions: Sessions;
  /** Active employee by id, or null when missing or deactivated. */
  activeEmployee: (id: number) => Promise<EmployeeDto | null> | EmployeeDto | null;
  /** Awaited before each call once its input is valid (the services read their settings there). */
  ready?: () => Promise<unknown>;
  onInternalError?: (channel: string, err: unknown) => void;
  /** SQLITE_CORRUPT from any query: the host stops writing and shows the damaged-database screen. */
  onDamage?: (err: unknown) => void;
  /**
   * After a write succeeded (its transaction committed): the query groups it touched and the session that
   * wrote, for the change feed.
   */
  onWritten?: (groups: readonly QueryGroup[], sessionKey: string) => void;
}

export function createRouter(deps: RouterDeps): Router {
  return {
    async call(sessionKey, channel, rawInput): Promise<Result<unknown>> {
      if (!isChannelName(channel)) {
        return fail('UNKNOWN_CHANNEL', `There is no action called "${String(channel)}".`);
      }
      const def = contract[channel];
      const parsed = def.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const issues: FieldIssue[] = parsed.error.issues.map((i) => ({
          path: i.path.map(String).join('.'),
          message: i.message,
        }));
        return { ok: false, error: { code: 'VALIDATION', message: describeIssues(issues), issues } };
      }
      try {
        await deps.ready?.();
      } catch (err) {
        return failed(channel, err);
      }
      const employeeId = deps.sessions.employeeId(sessionKey, !isBackgroundChannel(channel));
      let employee: EmployeeDto | null;
      try {
        employee = employeeId === undefined ? null : await deps.activeEmployee(employeeId);
      } catch (err) {
        return failed(channel, err); // a store server away answers here first
      }
      if (employeeId !== undefined && !employee) deps.sessions.signOut(sessionKey);
      if (def.access !== 'public') {
        if (!employee) return fail('NOT_SIGNED_IN', 'Please sign in first.');
        if (!def.access.includes(employee.role)) {
          return fail('NOT_ALLOWED', 'Your role does not allow this. Ask a manager.');
        }
      }
      try {
        const handler = deps.handlers[channel] as (a: Actor, i: unknown) => unknown;
        const value = await handler({ sessionKey, employee }, parsed.data);
        const touched = touchesOf(channel);
        if (touched.length > 0) deps.onWritten?.(touched, sessionKey);
        return { ok: true, value: value ?? null };
      } catch (err) {
        return failed(channel, err);
      }
    },
  };

  function failed(channel: string, err: unknown): Result<never> {
    if (err instanceof AppFailure) {
      return { ok: false, error: { code: err.code, message: err.message, issues: err.issues } };
    }
    if (isServerLost(err)) return fail('UNAVAILABLE', SERVER_LOST_MESSAGE);
    if (isCorruption(err)) {
      deps.onDamage?.(err);
      return fail(
        'DAMAGED',
        'The database file is damaged, so BeBack has stopped writing to it. Restore a backup.',
      );
    }
    deps.onInternalError?.(channel, err);
    return fail('INTERNAL', 'Something went wrong and nothing was saved. Please try again.');
  }
}

function fail(code: Exclude<Result<never>, { ok: true }>['error']['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(issues: FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'Some details are not valid.';
  return issues.length === 1 ? first.message : `${first.message} (and ${issues.length - 1} more)`;
}
