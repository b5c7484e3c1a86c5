// One rule for comparing e-mail addresses, so "Jane@X.com" and "jane@x.com " are the same prospect.
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}
