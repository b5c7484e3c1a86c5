// FROZEN once landed: the literal SQL of migration 0008, generated once from the roll-up definitions as they
// stood at commit 0920f07 (rollupSql.ts, now electron/db/rollups.ts). Never edit it: write the next migration.
export const M0008_SQL = `
DROP TRIGGER dash_reason_on_pair;
DROP TRIGGER dash_reason_on_first_use;
DROP TRIGGER dash_reason_on_walkout;
DROP TRIGGER dash_reason_on_walkout_delete;
DROP TABLE IF EXISTS dash_reason_day_cat;
DROP TABLE IF EXISTS dash_reason_month_cat;
CREATE TABLE dash_reason_day_cat (day INTEGER NOT NULL, reason_id INTEGER NOT NULL,
      category TEXT NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0,
      sold INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, reason_id, category)) STRICT, WITHOUT ROWID;
CREATE TABLE dash_reason_month_cat (month INTEGER NOT NULL, reason_id INTEGER NOT NULL,
      category TEXT NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0,
      sold INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (month, reason_id, category)) STRICT, WITHOUT ROWID;
INSERT INTO dash_reason_day_cat (day, reason_id, category, walkouts, sold)
      SELECT w.visit_day, p.reason_id, w.category, count(*),
             sum(ifnull(w.status = 'sold' AND w.sold_at >= p.first_used_at, 0))
        FROM walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id WHERE w.source = 'walk_in'
       GROUP BY 1, 2, 3;
INSERT INTO dash_reason_month_cat (month, reason_id, category, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, w.category, count(*),
             sum(ifnull(w.status = 'sold' AND w.sold_at >= p.first_used_at, 0))
        FROM walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id WHERE w.source = 'walk_in'
       GROUP BY 1, 2, 3;
CREATE TRIGGER dash_reason_on_pair AFTER INSERT ON walkout_reasons BEGIN
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT w.visit_day, NEW.reason_id, w.employee_id, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT w.visit_day, NEW.reason_id, w.objection, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_cat (day, reason_id, category, walkouts, sold)
      SELECT w.visit_day, NEW.reason_id, w.category, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.reason_id, w.employee_id, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.reason_id, w.objection, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_cat (month, reason_id, category, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.reason_id, w.category, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
END;
CREATE TRIGGER dash_reason_on_first_use AFTER UPDATE OF first_used_at ON walkout_reasons BEGIN
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT w.visit_day, OLD.reason_id, w.employee_id, -1,
             -1 * ifnull(w.status = 'sold' AND w.sold_at >= OLD.first_used_at, 0)
        FROM walkouts w WHERE w.id = OLD.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT w.visit_day, OLD.reason_id, w.objection, -1,
             -1 * ifnull(w.status = 'sold' AND w.sold_at >= OLD.first_used_at, 0)
        FROM walkouts w WHERE w.id = OLD.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_cat (day, reason_id, category, walkouts, sold)
      SELECT w.visit_day, OLD.reason_id, w.category, -1,
             -1 * ifnull(w.status = 'sold' AND w.sold_at >= OLD.first_used_at, 0)
        FROM walkouts w WHERE w.id = OLD.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), OLD.reason_id, w.employee_id, -1,
             -1 * ifnull(w.status = 'sold' AND w.sold_at >= OLD.first_used_at, 0)
        FROM walkouts w WHERE w.id = OLD.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), OLD.reason_id, w.objection, -1,
             -1 * ifnull(w.status = 'sold' AND w.sold_at >= OLD.first_used_at, 0)
        FROM walkouts w WHERE w.id = OLD.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_cat (month, reason_id, category, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), OLD.reason_id, w.category, -1,
             -1 * ifnull(w.status = 'sold' AND w.sold_at >= OLD.first_used_at, 0)
        FROM walkouts w WHERE w.id = OLD.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT w.visit_day, NEW.reason_id, w.employee_id, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT w.visit_day, NEW.reason_id, w.objection, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_cat (day, reason_id, category, walkouts, sold)
      SELECT w.visit_day, NEW.reason_id, w.category, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.reason_id, w.employee_id, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.reason_id, w.objection, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_cat (month, reason_id, category, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.reason_id, w.category, 1,
             1 * ifnull(w.status = 'sold' AND w.sold_at >= NEW.first_used_at, 0)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
END;
CREATE TRIGGER dash_reason_on_walkout AFTER UPDATE OF source, visit_day, employee_id, objection, category, status, sold_at
  ON walkouts BEGIN
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT OLD.visit_day, p.reason_id, OLD.employee_id, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT OLD.visit_day, p.reason_id, OLD.objection, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_cat (day, reason_id, category, walkouts, sold)
      SELECT OLD.visit_day, p.reason_id, OLD.category, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, OLD.employee_id, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, OLD.objection, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_cat (month, reason_id, category, walkouts, sold)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, OLD.category, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT NEW.visit_day, p.reason_id, NEW.employee_id, 1,
             1 * ifnull(NEW.status = 'sold' AND NEW.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = NEW.id AND NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT NEW.visit_day, p.reason_id, NEW.objection, 1,
             1 * ifnull(NEW.status = 'sold' AND NEW.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = NEW.id AND NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_cat (day, reason_id, category, walkouts, sold)
      SELECT NEW.visit_day, p.reason_id, NEW.category, 1,
             1 * ifnull(NEW.status = 'sold' AND NEW.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = NEW.id AND NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, NEW.employee_id, 1,
             1 * ifnull(NEW.status = 'sold' AND NEW.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = NEW.id AND NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, NEW.objection, 1,
             1 * ifnull(NEW.status = 'sold' AND NEW.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = NEW.id AND NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_cat (month, reason_id, category, walkouts, sold)
      SELECT (CAST(strftime('%Y', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, NEW.category, 1,
             1 * ifnull(NEW.status = 'sold' AND NEW.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = NEW.id AND NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
END;
CREATE TRIGGER dash_reason_on_walkout_delete AFTER DELETE ON walkouts BEGIN
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT OLD.visit_day, p.reason_id, OLD.employee_id, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT OLD.visit_day, p.reason_id, OLD.objection, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_cat (day, reason_id, category, walkouts, sold)
      SELECT OLD.visit_day, p.reason_id, OLD.category, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, OLD.employee_id, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, OLD.objection, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_cat (month, reason_id, category, walkouts, sold)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, OLD.category, -1,
             -1 * ifnull(OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at, 0)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
DELETE FROM walkout_reasons WHERE walkout_id = OLD.id;
END;
`;
