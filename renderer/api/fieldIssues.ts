// A server answer's issues put on the form's own fields by their contract path (the form's field names are
// the contract's), so no form keeps a table of which message goes where.
import type { FieldPath, FieldValues, UseFormGetValues, UseFormSetError } from 'react-hook-form';

export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * The form field a contract path lands on: the path itself when the form holds a value there, else the
 * deepest part of it that the form holds as one value ("areaCodes.2" on the area codes typed as one text,
 * "people.1.phone" on the second person's phone). Null when the form holds nothing there, or only a group
 * of fields (no one field would show the message).
 */
export function fieldOfPath(values: unknown, path: string): string | null {
  let at: unknown = values;
  const held: string[] = [];
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object' || !(key in at)) break;
    at = (at as Record<string, unknown>)[key];
    held.push(key);
  }
  const isGroup = at !== null && typeof at === 'object' && !Array.isArray(at);
  return held.length && !isGroup ? held.join('.') : null;
}

/**
 * Puts each issue on its field (the first one placed takes the focus) and gives back those no field shows,
 * for a banner. The form checks its values with the contract's schema before sending, so what comes back
 * here is what only the server can tell: a taken name, an unknown time zone.
 */
export function placeIssues<T extends FieldValues>(
  form: { getValues: UseFormGetValues<T>; setError: UseFormSetError<T> },
  issues: readonly FieldIssue[],
): FieldIssue[] {
  const values = form.getValues();
  const unplaced: FieldIssue[] = [];
  let focused = false;
  for (const issue of issues) {
    const field = fieldOfPath(values, issue.path);
    if (!field) {
      unplaced.push(issue);
      continue;
    }
    form.setError(
      field as FieldPath<T>,
      { type: 'server', message: issue.message },
      { shouldFocus: !focused },
    );
    focused = true;
  }
  return unplaced;
}

/**
 * A failed write shown on the form: its issues on their fields; the banner's text comes back (null when
 * every issue is on a field), so a refusal with no field (not allowed, a lost connection) is still said.
 */
export function showServerError<T extends FieldValues>(
  form: { getValues: UseFormGetValues<T>; setError: UseFormSetError<T> },
  error: { message: string; issues: readonly FieldIssue[] },
): string | null {
  if (!error.issues.length) return error.message;
  const unplaced = placeIssues(form, error.issues);
  return unplaced.length ? unplaced.map((i) => i.message).join('; ') : null;
}

/** The first message in a field's errors, its parts' included ("products.3" shows on the products text). */
export function messageIn(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const own = (error as { message?: unknown }).message;
  if (typeof own === 'string') return own;
  for (const [key, part] of Object.entries(error)) {
    // `ref` is the input element itself, not a part of the value.
    const found = key === 'ref' ? undefined : messageIn(part);
    if (found) return found;
  }
  return undefined;
}
