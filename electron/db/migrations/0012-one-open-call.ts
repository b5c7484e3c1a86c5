// Rule 5 held by the database, not by luck, when several PCs write at once: a walkout has at most one open
// next call on its owner's calendar (any purpose but the manager's survey: first contact, check-in,
// long-term or a campaign call that took its place) and at most one open manager survey beside it.
// A store written before this (or by a race the old code allowed) may hold two: the earliest due stays
// (the lower id on a tie), the others are cancelled, so the index can be built on any real store.
// Frozen once landed: never edit, append a migration.
import type { Migration } from './index';

export const m0012OneOpenCall: Migration = {
  name: '0012-one-open-call',
  sql: `
UPDATE follow_ups SET status = 'cancelled'
 WHERE status = 'open' AND EXISTS (SELECT 1 FROM follow_ups k
   WHERE k.walkout_id = follow_ups.walkout_id AND k.status = 'open' AND k.id <> follow_ups.id
     AND (k.purpose = 'manager_survey') = (follow_ups.purpose = 'manager_survey')
     AND (k.due_at < follow_ups.due_at OR (k.due_at = follow_ups.due_at AND k.id < follow_ups.id)));

CREATE UNIQUE INDEX follow_ups_one_next ON follow_ups(walkout_id) WHERE status = 'open' AND purpose <> 'manager_survey';
CREATE UNIQUE INDEX follow_ups_one_survey ON follow_ups(walkout_id) WHERE status = 'open' AND purpose = 'manager_survey';
`,
};
