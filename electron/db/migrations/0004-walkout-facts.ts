// Walkout facts for the owner's dashboard, kept exact by the database itself: triggers update them in
// the same transaction as every write that changes them (a follow-up done, a prospect's phone added,
// the prospect coming back), whichever service made the write. The visit's store-local day is written
// by the app (SQLite has no time zones); this migration fills it for walkouts logged before.
import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { localDay } from '../../../shared/domain/storeClock';
import type { Migration } from './index';

const NO_CONTACT = "('voicemail_left','no_answer','wrong_number')";

/** The facts of one walkout recomputed from its rows; used by the triggers and the backfill. */
const FACTS = (id: string) => `
  has_contact = (SELECT p.phone IS NOT NULL OR p.email IS NOT NULL FROM prospects p WHERE p.id = walkouts.prospect_id),
  first_attempt_at = (SELECT min(f.completed_at) FROM follow_ups f
    WHERE f.walkout_id = ${id} AND f.status = 'done' AND f.purpose <> 'manager_survey'),
  reached = EXISTS (SELECT 1 FROM follow_ups f WHERE f.walkout_id = ${id} AND f.status = 'done'
    AND f.outcome NOT IN ${NO_CONTACT}),
  appointment = EXISTS (SELECT 1 FROM follow_ups f WHERE f.walkout_id = ${id} AND f.outcome = 'appointment_set'),
  came_back = EXISTS (SELECT 1 FROM walkouts l WHERE l.prospect_id = walkouts.prospect_id
    AND l.visited_at > walkouts.visited_at AND l.source = 'walk_in'),
  surveys = (SELECT count(*) FROM follow_ups f WHERE f.walkout_id = ${id} AND f.status = 'done'
    AND f.purpose = 'manager_survey')`;

/** One completed attempt's effect on its walkout's facts, whether it was completed or inserted done. */
const ATTEMPT_FACTS = `  UPDATE walkouts SET
    first_attempt_at = CASE WHEN NEW.purpose <> 'manager_survey'
      AND (first_attempt_at IS NULL OR NEW.completed_at < first_attempt_at) THEN NEW.completed_at
      ELSE first_attempt_at END,
    reached = reached OR NEW.outcome NOT IN ${NO_CONTACT},
    appointment = appointment OR NEW.outcome = 'appointment_set',
    surveys = surveys + (NEW.purpose = 'manager_survey')
  WHERE id = NEW.walkout_id;`;

export const m0004WalkoutFacts: Migration = {
  name: '0004-walkout-facts',
  sql: `
ALTER TABLE walkouts ADD COLUMN visit_day INTEGER NOT NULL DEFAULT 0;
ALTER TABLE walkouts ADD COLUMN visit_day_ends_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE walkouts ADD COLUMN has_contact INTEGER NOT NULL DEFAULT 0;
ALTER TABLE walkouts ADD COLUMN first_attempt_at INTEGER;
ALTER TABLE walkouts ADD COLUMN reached INTEGER NOT NULL DEFAULT 0;
ALTER TABLE walkouts ADD COLUMN appointment INTEGER NOT NULL DEFAULT 0;
ALTER TABLE walkouts ADD COLUMN came_back INTEGER NOT NULL DEFAULT 0;
ALTER TABLE walkouts ADD COLUMN surveys INTEGER NOT NULL DEFAULT 0;

UPDATE walkouts SET ${FACTS('walkouts.id')};

CREATE TRIGGER walkout_facts_on_insert AFTER INSERT ON walkouts BEGIN
  UPDATE walkouts SET has_contact = (SELECT p.phone IS NOT NULL OR p.email IS NOT NULL FROM prospects p
    WHERE p.id = NEW.prospect_id) WHERE id = NEW.id;
  UPDATE walkouts SET came_back = 1
    WHERE prospect_id = NEW.prospect_id AND visited_at < NEW.visited_at AND NEW.source = 'walk_in' AND came_back = 0;
END;

CREATE TRIGGER walkout_facts_on_contact AFTER UPDATE OF phone, email ON prospects BEGIN
  UPDATE walkouts SET has_contact = (NEW.phone IS NOT NULL OR NEW.email IS NOT NULL) WHERE prospect_id = NEW.id;
END;

CREATE TRIGGER walkout_facts_on_attempt AFTER UPDATE OF status ON follow_ups
  WHEN NEW.status = 'done' AND OLD.status <> 'done' BEGIN
${ATTEMPT_FACTS}
END;

CREATE TRIGGER walkout_facts_on_done_insert AFTER INSERT ON follow_ups WHEN NEW.status = 'done' BEGIN
${ATTEMPT_FACTS}
END;

CREATE INDEX walkouts_category ON walkouts(category, visited_at);
CREATE INDEX walkouts_objection ON walkouts(objection, visited_at);
`,
  up(db: Database.Database) {
    const row = db.prepare("SELECT value FROM settings WHERE key = 'timeZone'").get() as
      | { value: string }
      | undefined;
    const timeZone = row ? (JSON.parse(row.value) as string) : DEFAULT_SETTINGS.timeZone;
    const set = db.prepare('UPDATE walkouts SET visit_day = ?, visit_day_ends_at = ? WHERE id = ?');
    for (const w of db.prepare('SELECT id, visited_at FROM walkouts').all() as {
      id: number;
      visited_at: number;
    }[]) {
      const d = localDay(w.visited_at, timeZone);
      set.run(d.day, d.endsAt, w.id);
    }
  },
};
