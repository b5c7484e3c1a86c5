// The store server's side of SQLite's 0012-one-open-call: at most one open next call and one open manager
// survey per walkout, older duplicates cancelled first (the earliest due stays). Frozen once landed: never edit.
export const pgOneOpenCall = `
UPDATE follow_ups SET status = 'cancelled'
 WHERE status = 'open' AND EXISTS (SELECT 1 FROM follow_ups k
   WHERE k.walkout_id = follow_ups.walkout_id AND k.status = 'open' AND k.id <> follow_ups.id
     AND (k.purpose = 'manager_survey') = (follow_ups.purpose = 'manager_survey')
     AND (k.due_at < follow_ups.due_at OR (k.due_at = follow_ups.due_at AND k.id < follow_ups.id)));

CREATE UNIQUE INDEX follow_ups_one_next ON follow_ups(walkout_id) WHERE status = 'open' AND purpose <> 'manager_survey';
CREATE UNIQUE INDEX follow_ups_one_survey ON follow_ups(walkout_id) WHERE status = 'open' AND purpose = 'manager_survey';
`;
