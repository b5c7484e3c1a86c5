// The envelope every door returns: never a thrown error across a door.

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_SIGNED_IN',
  'NOT_ALLOWED',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'UNKNOWN_CHANNEL',
  /** The database file is damaged: BeBack writes nothing until a backup is restored. */
  'DAMAGED',
  /** The database is briefly out of reach (a restore is swapping files). */
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };
