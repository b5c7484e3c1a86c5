// The store server's side of SQLite's 0015-person-visits-index: a person's walk-in visits by time, with the
// filter columns and the status included, so the dashboard's "a later visit of the same person" lookups
// read the index alone. Frozen once landed: never edit.
export const pgPersonVisitsIndex = `
CREATE INDEX walkouts_person_visits ON walkouts(prospect_id, visited_at) INCLUDE (employee_id, category, objection, status)
  WHERE source = 'walk_in';
`;
