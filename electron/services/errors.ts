// Errors a user can meet. The router turns them into Result envelopes; anything else is INTERNAL.
import type { ErrorCode, FieldIssue } from '../../shared/contract/result';

export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}

export class ValidationError extends AppFailure {
  constructor(message: string, issues?: FieldIssue[]) {
    super('VALIDATION', message, issues);
  }
}

export class NotAllowedError extends AppFailure {
  constructor(message = 'You are not allowed to do that.') {
    super('NOT_ALLOWED', message);
  }
}

export class NotFoundError extends AppFailure {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

export class ConflictError extends AppFailure {
  constructor(message: string, issues?: FieldIssue[]) {
    super('CONFLICT', message, issues);
  }
}

export class LockedError extends AppFailure {
  constructor(message: string) {
    super('LOCKED', message);
  }
}
