// The dashboard counts each person once: for each visit of a returning person it asks whether a later visit
// of theirs (under the same filters, or sold too) falls in the period. Thousands of such lookups at a million
// walkouts each read the person's every visit row through walkouts_prospect; this index holds a person's
// walk-in visits in time order with every column the lookup reads, so each is answered from the index alone.
// Frozen once landed: never edit, append a migration.
import type { Migration } from './index';

export const m0015PersonVisitsIndex: Migration = {
  name: '0015-person-visits-index',
  sql: `
CREATE INDEX walkouts_person_visits ON walkouts(prospect_id, visited_at, employee_id, category, objection, status)
  WHERE source = 'walk_in';
`,
};
