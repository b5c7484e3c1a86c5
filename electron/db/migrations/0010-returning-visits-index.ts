// The dashboard counts people as well as visits. Only a visit whose prospect walked out again later can
// make one person count twice, so each walk-in visit keeps the time of its person's next walk-in visit,
// kept by a trigger as visits are logged (a visit's time, prospect and source never change), and those
// few visits get an index that answers the unfiltered count without reading a row.
// Frozen once landed: never edit, append a migration.
import type { Migration } from './index';

export const m0010ReturningVisitsIndex: Migration = {
  name: '0010-returning-visits-index',
  sql: `
ALTER TABLE walkouts ADD COLUMN next_visit_at INTEGER;

UPDATE walkouts SET next_visit_at = (SELECT min(l.visited_at) FROM walkouts l
    WHERE l.prospect_id = walkouts.prospect_id AND l.source = 'walk_in' AND l.visited_at > walkouts.visited_at)
  WHERE source = 'walk_in' AND came_back = 1;

CREATE TRIGGER walkout_next_visit_on_insert AFTER INSERT ON walkouts BEGIN
  UPDATE walkouts SET next_visit_at = (SELECT min(l.visited_at) FROM walkouts l
      WHERE l.prospect_id = NEW.prospect_id AND l.source = 'walk_in' AND l.visited_at > NEW.visited_at)
    WHERE id = NEW.id AND NEW.source = 'walk_in';
  UPDATE walkouts SET next_visit_at = NEW.visited_at
    WHERE NEW.source = 'walk_in' AND prospect_id = NEW.prospect_id AND source = 'walk_in'
      AND visited_at < NEW.visited_at AND (next_visit_at IS NULL OR next_visit_at > NEW.visited_at);
END;

CREATE INDEX walkouts_returning ON walkouts(visited_at, next_visit_at, employee_id, category, objection, status, prospect_id)
  WHERE next_visit_at IS NOT NULL;
`,
};
