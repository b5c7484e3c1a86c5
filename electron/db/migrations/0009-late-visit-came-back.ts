// A visit logged late, behind a later visit of the same prospect, "came back" too: 0004's insert trigger
// marked only the earlier visits, so a backdated return visit left the funnel's "appointment or came back"
// one short. The trigger now sets the new visit's own fact as well, and visits logged so before are fixed.
import type { Migration } from './index';

export const m0009LateVisitCameBack: Migration = {
  name: '0009-late-visit-came-back',
  sql: `
DROP TRIGGER walkout_facts_on_insert;
CREATE TRIGGER walkout_facts_on_insert AFTER INSERT ON walkouts BEGIN
  UPDATE walkouts SET
    has_contact = (SELECT p.phone IS NOT NULL OR p.email IS NOT NULL FROM prospects p WHERE p.id = NEW.prospect_id),
    came_back = EXISTS (SELECT 1 FROM walkouts l WHERE l.prospect_id = NEW.prospect_id
      AND l.visited_at > NEW.visited_at AND l.source = 'walk_in')
  WHERE id = NEW.id;
  UPDATE walkouts SET came_back = 1
    WHERE prospect_id = NEW.prospect_id AND visited_at < NEW.visited_at AND NEW.source = 'walk_in' AND came_back = 0;
END;

UPDATE walkouts SET came_back = 1
 WHERE came_back = 0
   AND prospect_id IN (SELECT prospect_id FROM walkouts GROUP BY prospect_id HAVING count(*) > 1)
   AND EXISTS (SELECT 1 FROM walkouts l WHERE l.prospect_id = walkouts.prospect_id
     AND l.visited_at > walkouts.visited_at AND l.source = 'walk_in');
`,
};
