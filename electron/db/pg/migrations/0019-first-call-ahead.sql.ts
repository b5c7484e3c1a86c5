// The store server's side of SQLite's 0019-first-call-ahead: the first calls ahead of now, open or
// cancelled before their time, for "not yet due". Frozen once landed: never edit.
export const pgFirstCallAhead = `
DROP INDEX follow_ups_first_call_due;
CREATE INDEX follow_ups_first_call_ahead ON follow_ups(due_at, walkout_id)
  WHERE purpose = 'first_contact' AND status IN ('open', 'cancelled');
`;
