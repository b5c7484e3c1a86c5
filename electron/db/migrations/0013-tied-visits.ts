// Two visits of one person can carry the same instant: two PCs whose clocks agree to the millisecond, or one
// backdated entry typed at the minute of another. Neither was "later" (the rule was a strictly later time),
// so neither kept a next visit and the dashboard counted that person twice by unique prospect. Visits now
// run in (time, id) order: on a tie the one logged second is the next visit of the first, as rule 5 already
// treats it (the later-logged visit holds the calls). Frozen once landed: never edit, append a migration.
import type { Migration } from './index';

export const m0013TiedVisits: Migration = {
  name: '0013-tied-visits',
  sql: `
UPDATE walkouts SET next_visit_at = visited_at
  WHERE source = 'walk_in' AND EXISTS (SELECT 1 FROM walkouts l WHERE l.prospect_id = walkouts.prospect_id
    AND l.source = 'walk_in' AND l.visited_at = walkouts.visited_at AND l.id > walkouts.id);

DROP TRIGGER walkout_next_visit_on_insert;
CREATE TRIGGER walkout_next_visit_on_insert AFTER INSERT ON walkouts BEGIN
  UPDATE walkouts SET next_visit_at = (SELECT min(l.visited_at) FROM walkouts l
      WHERE l.prospect_id = NEW.prospect_id AND l.source = 'walk_in'
        AND (l.visited_at > NEW.visited_at OR (l.visited_at = NEW.visited_at AND l.id > NEW.id)))
    WHERE id = NEW.id AND NEW.source = 'walk_in';
  UPDATE walkouts SET next_visit_at = NEW.visited_at
    WHERE NEW.source = 'walk_in' AND prospect_id = NEW.prospect_id AND source = 'walk_in'
      AND (visited_at < NEW.visited_at OR (visited_at = NEW.visited_at AND id < NEW.id))
      AND (next_visit_at IS NULL OR next_visit_at > NEW.visited_at);
END;
`,
};
