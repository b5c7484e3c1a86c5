// Speed to first contact "not yet due" reads the first calls still ahead of now. A first call cancelled
// before its time (the prospect erased, the walkout sold or superseded by a return visit) is still "not due
// yet" until that time, then "never" — not "never" the moment it is cancelled. The calls ahead are read by
// this index, which now holds cancelled first calls beside open ones (a handful more rows).
// Frozen once landed: never edit, append a migration.
import type { Migration } from './index';

export const m0019FirstCallAhead: Migration = {
  name: '0019-first-call-ahead',
  sql: `
DROP INDEX follow_ups_first_call_due;
CREATE INDEX follow_ups_first_call_ahead ON follow_ups(due_at, walkout_id)
  WHERE purpose = 'first_contact' AND status IN ('open', 'cancelled');
`,
};
