// The store server's side of SQLite's 0013-tied-visits: visits of one person in (time, id) order, so two at
// the same instant are one person on the dashboard. Frozen once landed: never edit.
export const pgTiedVisits = `
UPDATE walkouts SET next_visit_at = visited_at
  WHERE source = 'walk_in' AND EXISTS (SELECT 1 FROM walkouts l WHERE l.prospect_id = walkouts.prospect_id
    AND l.source = 'walk_in' AND l.visited_at = walkouts.visited_at AND l.id > walkouts.id);

-- The identity default is filled in before a BEFORE trigger runs, so NEW.id is known here.
CREATE OR REPLACE FUNCTION walkout_facts_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.has_contact := coalesce((SELECT (p.phone IS NOT NULL OR p.email IS NOT NULL)::int FROM prospects p WHERE p.id = NEW.prospect_id), 0);
  NEW.came_back := EXISTS (SELECT 1 FROM walkouts l WHERE l.prospect_id = NEW.prospect_id
    AND l.visited_at > NEW.visited_at AND l.source = 'walk_in')::int;
  IF NEW.source = 'walk_in' THEN
    NEW.next_visit_at := (SELECT min(l.visited_at) FROM walkouts l
      WHERE l.prospect_id = NEW.prospect_id AND l.source = 'walk_in'
        AND (l.visited_at > NEW.visited_at OR (l.visited_at = NEW.visited_at AND l.id > NEW.id)));
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION walkout_facts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE walkouts SET came_back = 1
    WHERE prospect_id = NEW.prospect_id AND visited_at < NEW.visited_at AND came_back = 0;
  UPDATE walkouts SET next_visit_at = NEW.visited_at
    WHERE prospect_id = NEW.prospect_id AND source = 'walk_in'
      AND (visited_at < NEW.visited_at OR (visited_at = NEW.visited_at AND id < NEW.id))
      AND (next_visit_at IS NULL OR next_visit_at > NEW.visited_at);
  RETURN NULL;
END $$;
`;
