// FROZEN: the literal SQL migration 0005 ran when it landed (commit ceac018), as rollupSql.ts generated it then.
// Never edit it, not even its spacing: a schema change is the next migration (see 0008 for what came after).
// Where things are (line numbers in this file): the text after this index is exactly what ran.
// table: dash_day 14, dash_day_obj 15, dash_day_cat 16, dash_month 17, dash_month_obj 18, dash_month_cat 19
// fill: dash_day 20, dash_day_obj 95, dash_day_cat 170, dash_month 245, dash_month_obj 320, dash_month_cat
//   395
// trigger: dash_on_insert 471, dash_on_update 923, dash_on_delete 1825
// table: walkout_reasons 2278, dash_reason_day_emp 2284, dash_reason_day_obj 2287, dash_reason_month_emp
//   2290, dash_reason_month_obj 2293
// fill: walkout_reasons 2296, dash_reason_day_emp 2299, dash_reason_day_obj 2304, dash_reason_month_emp 2309,
//   dash_reason_month_obj 2314
// trigger: walkout_reasons_on_attempt 2320, walkout_reasons_on_done_insert 2326, dash_reason_on_pair 2332,
//   dash_reason_on_first_use 2354, dash_reason_on_walkout 2396, dash_reason_on_walkout_delete 2439
export const M0005_SQL = `CREATE TABLE dash_day (day INTEGER NOT NULL, employee_id INTEGER NOT NULL, objection TEXT NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0, with_contact INTEGER NOT NULL DEFAULT 0, compliant INTEGER NOT NULL DEFAULT 0, sold INTEGER NOT NULL DEFAULT 0, sold_rep INTEGER NOT NULL DEFAULT 0, sold_manager_save INTEGER NOT NULL DEFAULT 0, sold_partner INTEGER NOT NULL DEFAULT 0, value_cents INTEGER NOT NULL DEFAULT 0, reached INTEGER NOT NULL DEFAULT 0, appt_or_back INTEGER NOT NULL DEFAULT 0, surveys INTEGER NOT NULL DEFAULT 0, speed_same_day INTEGER NOT NULL DEFAULT 0, speed_lt_24h INTEGER NOT NULL DEFAULT 0, speed_d1_3 INTEGER NOT NULL DEFAULT 0, speed_d3_7 INTEGER NOT NULL DEFAULT 0, speed_gt_7d INTEGER NOT NULL DEFAULT 0, speed_never INTEGER NOT NULL DEFAULT 0, sold_same_day INTEGER NOT NULL DEFAULT 0, sold_lt_24h INTEGER NOT NULL DEFAULT 0, sold_d1_3 INTEGER NOT NULL DEFAULT 0, sold_d3_7 INTEGER NOT NULL DEFAULT 0, sold_gt_7d INTEGER NOT NULL DEFAULT 0, sold_never INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, employee_id, objection)) STRICT, WITHOUT ROWID;
CREATE TABLE dash_day_obj (day INTEGER NOT NULL, objection TEXT NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0, with_contact INTEGER NOT NULL DEFAULT 0, compliant INTEGER NOT NULL DEFAULT 0, sold INTEGER NOT NULL DEFAULT 0, sold_rep INTEGER NOT NULL DEFAULT 0, sold_manager_save INTEGER NOT NULL DEFAULT 0, sold_partner INTEGER NOT NULL DEFAULT 0, value_cents INTEGER NOT NULL DEFAULT 0, reached INTEGER NOT NULL DEFAULT 0, appt_or_back INTEGER NOT NULL DEFAULT 0, surveys INTEGER NOT NULL DEFAULT 0, speed_same_day INTEGER NOT NULL DEFAULT 0, speed_lt_24h INTEGER NOT NULL DEFAULT 0, speed_d1_3 INTEGER NOT NULL DEFAULT 0, speed_d3_7 INTEGER NOT NULL DEFAULT 0, speed_gt_7d INTEGER NOT NULL DEFAULT 0, speed_never INTEGER NOT NULL DEFAULT 0, sold_same_day INTEGER NOT NULL DEFAULT 0, sold_lt_24h INTEGER NOT NULL DEFAULT 0, sold_d1_3 INTEGER NOT NULL DEFAULT 0, sold_d3_7 INTEGER NOT NULL DEFAULT 0, sold_gt_7d INTEGER NOT NULL DEFAULT 0, sold_never INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, objection)) STRICT, WITHOUT ROWID;
CREATE TABLE dash_day_cat (category TEXT NOT NULL, day INTEGER NOT NULL, employee_id INTEGER NOT NULL, objection TEXT NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0, with_contact INTEGER NOT NULL DEFAULT 0, compliant INTEGER NOT NULL DEFAULT 0, sold INTEGER NOT NULL DEFAULT 0, sold_rep INTEGER NOT NULL DEFAULT 0, sold_manager_save INTEGER NOT NULL DEFAULT 0, sold_partner INTEGER NOT NULL DEFAULT 0, value_cents INTEGER NOT NULL DEFAULT 0, reached INTEGER NOT NULL DEFAULT 0, appt_or_back INTEGER NOT NULL DEFAULT 0, surveys INTEGER NOT NULL DEFAULT 0, speed_same_day INTEGER NOT NULL DEFAULT 0, speed_lt_24h INTEGER NOT NULL DEFAULT 0, speed_d1_3 INTEGER NOT NULL DEFAULT 0, speed_d3_7 INTEGER NOT NULL DEFAULT 0, speed_gt_7d INTEGER NOT NULL DEFAULT 0, speed_never INTEGER NOT NULL DEFAULT 0, sold_same_day INTEGER NOT NULL DEFAULT 0, sold_lt_24h INTEGER NOT NULL DEFAULT 0, sold_d1_3 INTEGER NOT NULL DEFAULT 0, sold_d3_7 INTEGER NOT NULL DEFAULT 0, sold_gt_7d INTEGER NOT NULL DEFAULT 0, sold_never INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (category, day, employee_id, objection)) STRICT, WITHOUT ROWID;
CREATE TABLE dash_month (month INTEGER NOT NULL, employee_id INTEGER NOT NULL, objection TEXT NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0, with_contact INTEGER NOT NULL DEFAULT 0, compliant INTEGER NOT NULL DEFAULT 0, sold INTEGER NOT NULL DEFAULT 0, sold_rep INTEGER NOT NULL DEFAULT 0, sold_manager_save INTEGER NOT NULL DEFAULT 0, sold_partner INTEGER NOT NULL DEFAULT 0, value_cents INTEGER NOT NULL DEFAULT 0, reached INTEGER NOT NULL DEFAULT 0, appt_or_back INTEGER NOT NULL DEFAULT 0, surveys INTEGER NOT NULL DEFAULT 0, speed_same_day INTEGER NOT NULL DEFAULT 0, speed_lt_24h INTEGER NOT NULL DEFAULT 0, speed_d1_3 INTEGER NOT NULL DEFAULT 0, speed_d3_7 INTEGER NOT NULL DEFAULT 0, speed_gt_7d INTEGER NOT NULL DEFAULT 0, speed_never INTEGER NOT NULL DEFAULT 0, sold_same_day INTEGER NOT NULL DEFAULT 0, sold_lt_24h INTEGER NOT NULL DEFAULT 0, sold_d1_3 INTEGER NOT NULL DEFAULT 0, sold_d3_7 INTEGER NOT NULL DEFAULT 0, sold_gt_7d INTEGER NOT NULL DEFAULT 0, sold_never INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (month, employee_id, objection)) STRICT, WITHOUT ROWID;
CREATE TABLE dash_month_obj (month INTEGER NOT NULL, objection TEXT NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0, with_contact INTEGER NOT NULL DEFAULT 0, compliant INTEGER NOT NULL DEFAULT 0, sold INTEGER NOT NULL DEFAULT 0, sold_rep INTEGER NOT NULL DEFAULT 0, sold_manager_save INTEGER NOT NULL DEFAULT 0, sold_partner INTEGER NOT NULL DEFAULT 0, value_cents INTEGER NOT NULL DEFAULT 0, reached INTEGER NOT NULL DEFAULT 0, appt_or_back INTEGER NOT NULL DEFAULT 0, surveys INTEGER NOT NULL DEFAULT 0, speed_same_day INTEGER NOT NULL DEFAULT 0, speed_lt_24h INTEGER NOT NULL DEFAULT 0, speed_d1_3 INTEGER NOT NULL DEFAULT 0, speed_d3_7 INTEGER NOT NULL DEFAULT 0, speed_gt_7d INTEGER NOT NULL DEFAULT 0, speed_never INTEGER NOT NULL DEFAULT 0, sold_same_day INTEGER NOT NULL DEFAULT 0, sold_lt_24h INTEGER NOT NULL DEFAULT 0, sold_d1_3 INTEGER NOT NULL DEFAULT 0, sold_d3_7 INTEGER NOT NULL DEFAULT 0, sold_gt_7d INTEGER NOT NULL DEFAULT 0, sold_never INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (month, objection)) STRICT, WITHOUT ROWID;
CREATE TABLE dash_month_cat (category TEXT NOT NULL, month INTEGER NOT NULL, employee_id INTEGER NOT NULL, objection TEXT NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0, with_contact INTEGER NOT NULL DEFAULT 0, compliant INTEGER NOT NULL DEFAULT 0, sold INTEGER NOT NULL DEFAULT 0, sold_rep INTEGER NOT NULL DEFAULT 0, sold_manager_save INTEGER NOT NULL DEFAULT 0, sold_partner INTEGER NOT NULL DEFAULT 0, value_cents INTEGER NOT NULL DEFAULT 0, reached INTEGER NOT NULL DEFAULT 0, appt_or_back INTEGER NOT NULL DEFAULT 0, surveys INTEGER NOT NULL DEFAULT 0, speed_same_day INTEGER NOT NULL DEFAULT 0, speed_lt_24h INTEGER NOT NULL DEFAULT 0, speed_d1_3 INTEGER NOT NULL DEFAULT 0, speed_d3_7 INTEGER NOT NULL DEFAULT 0, speed_gt_7d INTEGER NOT NULL DEFAULT 0, speed_never INTEGER NOT NULL DEFAULT 0, sold_same_day INTEGER NOT NULL DEFAULT 0, sold_lt_24h INTEGER NOT NULL DEFAULT 0, sold_d1_3 INTEGER NOT NULL DEFAULT 0, sold_d3_7 INTEGER NOT NULL DEFAULT 0, sold_gt_7d INTEGER NOT NULL DEFAULT 0, sold_never INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (category, month, employee_id, objection)) STRICT, WITHOUT ROWID;
INSERT INTO dash_day (day, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT w.visit_day, w.employee_id, w.objection, sum(1), sum(w.has_contact), sum((w.has_contact AND w.first_attempt_at IS NOT NULL AND w.first_attempt_at <= w.visited_at + 86400000)), sum((w.status = 'sold')), sum((w.status = 'sold' AND w.closer = 'rep')), sum((w.status = 'sold' AND w.closer = 'manager_save')), sum((w.status = 'sold' AND w.closer = 'partner')), sum(CASE WHEN w.status = 'sold' THEN coalesce(w.sale_amount_cents, 0) ELSE 0 END), sum(w.reached), sum((w.appointment OR w.came_back)), sum(w.surveys), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND w.status = 'sold')) FROM walkouts w WHERE w.source = 'walk_in'
      GROUP BY w.visit_day, w.employee_id, w.objection;
INSERT INTO dash_day_obj (day, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT w.visit_day, w.objection, sum(1), sum(w.has_contact), sum((w.has_contact AND w.first_attempt_at IS NOT NULL AND w.first_attempt_at <= w.visited_at + 86400000)), sum((w.status = 'sold')), sum((w.status = 'sold' AND w.closer = 'rep')), sum((w.status = 'sold' AND w.closer = 'manager_save')), sum((w.status = 'sold' AND w.closer = 'partner')), sum(CASE WHEN w.status = 'sold' THEN coalesce(w.sale_amount_cents, 0) ELSE 0 END), sum(w.reached), sum((w.appointment OR w.came_back)), sum(w.surveys), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND w.status = 'sold')) FROM walkouts w WHERE w.source = 'walk_in'
      GROUP BY w.visit_day, w.objection;
INSERT INTO dash_day_cat (category, day, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT w.category, w.visit_day, w.employee_id, w.objection, sum(1), sum(w.has_contact), sum((w.has_contact AND w.first_attempt_at IS NOT NULL AND w.first_attempt_at <= w.visited_at + 86400000)), sum((w.status = 'sold')), sum((w.status = 'sold' AND w.closer = 'rep')), sum((w.status = 'sold' AND w.closer = 'manager_save')), sum((w.status = 'sold' AND w.closer = 'partner')), sum(CASE WHEN w.status = 'sold' THEN coalesce(w.sale_amount_cents, 0) ELSE 0 END), sum(w.reached), sum((w.appointment OR w.came_back)), sum(w.surveys), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND w.status = 'sold')) FROM walkouts w WHERE w.source = 'walk_in'
      GROUP BY w.category, w.visit_day, w.employee_id, w.objection;
INSERT INTO dash_month (month, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), w.employee_id, w.objection, sum(1), sum(w.has_contact), sum((w.has_contact AND w.first_attempt_at IS NOT NULL AND w.first_attempt_at <= w.visited_at + 86400000)), sum((w.status = 'sold')), sum((w.status = 'sold' AND w.closer = 'rep')), sum((w.status = 'sold' AND w.closer = 'manager_save')), sum((w.status = 'sold' AND w.closer = 'partner')), sum(CASE WHEN w.status = 'sold' THEN coalesce(w.sale_amount_cents, 0) ELSE 0 END), sum(w.reached), sum((w.appointment OR w.came_back)), sum(w.surveys), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND w.status = 'sold')) FROM walkouts w WHERE w.source = 'walk_in'
      GROUP BY (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), w.employee_id, w.objection;
INSERT INTO dash_month_obj (month, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), w.objection, sum(1), sum(w.has_contact), sum((w.has_contact AND w.first_attempt_at IS NOT NULL AND w.first_attempt_at <= w.visited_at + 86400000)), sum((w.status = 'sold')), sum((w.status = 'sold' AND w.closer = 'rep')), sum((w.status = 'sold' AND w.closer = 'manager_save')), sum((w.status = 'sold' AND w.closer = 'partner')), sum(CASE WHEN w.status = 'sold' THEN coalesce(w.sale_amount_cents, 0) ELSE 0 END), sum(w.reached), sum((w.appointment OR w.came_back)), sum(w.surveys), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND w.status = 'sold')) FROM walkouts w WHERE w.source = 'walk_in'
      GROUP BY (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), w.objection;
INSERT INTO dash_month_cat (category, month, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT w.category, (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), w.employee_id, w.objection, sum(1), sum(w.has_contact), sum((w.has_contact AND w.first_attempt_at IS NOT NULL AND w.first_attempt_at <= w.visited_at + 86400000)), sum((w.status = 'sold')), sum((w.status = 'sold' AND w.closer = 'rep')), sum((w.status = 'sold' AND w.closer = 'manager_save')), sum((w.status = 'sold' AND w.closer = 'partner')), sum(CASE WHEN w.status = 'sold' THEN coalesce(w.sale_amount_cents, 0) ELSE 0 END), sum(w.reached), sum((w.appointment OR w.came_back)), sum(w.surveys), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND w.status = 'sold')), sum((CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < 86400000 THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < 259200000 THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND w.status = 'sold')) FROM walkouts w WHERE w.source = 'walk_in'
      GROUP BY w.category, (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), w.employee_id, w.objection;

CREATE TRIGGER dash_on_insert AFTER INSERT ON walkouts BEGIN
INSERT INTO dash_day (day, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT NEW.visit_day, NEW.employee_id, NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_day_obj (day, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT NEW.visit_day, NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_day_cat (category, day, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT NEW.category, NEW.visit_day, NEW.employee_id, NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month (month, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT (CAST(strftime('%Y', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.employee_id, NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month_obj (month, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT (CAST(strftime('%Y', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month_cat (category, month, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT NEW.category, (CAST(strftime('%Y', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.employee_id, NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
END;
CREATE TRIGGER dash_on_update AFTER UPDATE OF source, visit_day, visit_day_ends_at, visited_at, employee_id, category, objection, status, closer, sale_amount_cents, has_contact, first_attempt_at, reached, appointment, came_back, surveys ON walkouts BEGIN
INSERT INTO dash_day (day, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT OLD.visit_day, OLD.employee_id, OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_day_obj (day, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT OLD.visit_day, OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_day_cat (category, day, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT OLD.category, OLD.visit_day, OLD.employee_id, OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month (month, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), OLD.employee_id, OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month_obj (month, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month_cat (category, month, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT OLD.category, (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), OLD.employee_id, OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_day (day, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT NEW.visit_day, NEW.employee_id, NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_day_obj (day, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT NEW.visit_day, NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_day_cat (category, day, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT NEW.category, NEW.visit_day, NEW.employee_id, NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month (month, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT (CAST(strftime('%Y', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.employee_id, NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month_obj (month, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT (CAST(strftime('%Y', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month_cat (category, month, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT NEW.category, (CAST(strftime('%Y', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.employee_id, NEW.objection, 1 * (1), 1 * (NEW.has_contact), 1 * ((NEW.has_contact AND NEW.first_attempt_at IS NOT NULL AND NEW.first_attempt_at <= NEW.visited_at + 86400000)), 1 * ((NEW.status = 'sold')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'rep')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'manager_save')), 1 * ((NEW.status = 'sold' AND NEW.closer = 'partner')), 1 * (CASE WHEN NEW.status = 'sold' THEN coalesce(NEW.sale_amount_cents, 0) ELSE 0 END), 1 * (NEW.reached), 1 * ((NEW.appointment OR NEW.came_back)), 1 * (NEW.surveys), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND NEW.status = 'sold')), 1 * ((CASE
  WHEN NEW.first_attempt_at IS NULL THEN 'never'
  WHEN NEW.first_attempt_at < NEW.visit_day_ends_at THEN 'same_day'
  WHEN NEW.first_attempt_at - NEW.visited_at < 86400000 THEN 'lt_24h'
  WHEN NEW.first_attempt_at - NEW.visited_at < 259200000 THEN 'd1_3'
  WHEN NEW.first_attempt_at - NEW.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND NEW.status = 'sold')) WHERE NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
END;
CREATE TRIGGER dash_on_delete AFTER DELETE ON walkouts BEGIN
INSERT INTO dash_day (day, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT OLD.visit_day, OLD.employee_id, OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_day_obj (day, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT OLD.visit_day, OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_day_cat (category, day, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT OLD.category, OLD.visit_day, OLD.employee_id, OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month (month, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), OLD.employee_id, OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month_obj (month, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
INSERT INTO dash_month_cat (category, month, employee_id, objection, walkouts, with_contact, compliant, sold, sold_rep, sold_manager_save, sold_partner, value_cents, reached, appt_or_back, surveys, speed_same_day, speed_lt_24h, speed_d1_3, speed_d3_7, speed_gt_7d, speed_never, sold_same_day, sold_lt_24h, sold_d1_3, sold_d3_7, sold_gt_7d, sold_never)
      SELECT OLD.category, (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), OLD.employee_id, OLD.objection, -1 * (1), -1 * (OLD.has_contact), -1 * ((OLD.has_contact AND OLD.first_attempt_at IS NOT NULL AND OLD.first_attempt_at <= OLD.visited_at + 86400000)), -1 * ((OLD.status = 'sold')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'rep')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'manager_save')), -1 * ((OLD.status = 'sold' AND OLD.closer = 'partner')), -1 * (CASE WHEN OLD.status = 'sold' THEN coalesce(OLD.sale_amount_cents, 0) ELSE 0 END), -1 * (OLD.reached), -1 * ((OLD.appointment OR OLD.came_back)), -1 * (OLD.surveys), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'same_day' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'lt_24h' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd1_3' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'd3_7' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'gt_7d' AND OLD.status = 'sold')), -1 * ((CASE
  WHEN OLD.first_attempt_at IS NULL THEN 'never'
  WHEN OLD.first_attempt_at < OLD.visit_day_ends_at THEN 'same_day'
  WHEN OLD.first_attempt_at - OLD.visited_at < 86400000 THEN 'lt_24h'
  WHEN OLD.first_attempt_at - OLD.visited_at < 259200000 THEN 'd1_3'
  WHEN OLD.first_attempt_at - OLD.visited_at < 604800000 THEN 'd3_7'
  ELSE 'gt_7d' END = 'never' AND OLD.status = 'sold')) WHERE OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, with_contact = with_contact + excluded.with_contact, compliant = compliant + excluded.compliant, sold = sold + excluded.sold, sold_rep = sold_rep + excluded.sold_rep, sold_manager_save = sold_manager_save + excluded.sold_manager_save, sold_partner = sold_partner + excluded.sold_partner, value_cents = value_cents + excluded.value_cents, reached = reached + excluded.reached, appt_or_back = appt_or_back + excluded.appt_or_back, surveys = surveys + excluded.surveys, speed_same_day = speed_same_day + excluded.speed_same_day, speed_lt_24h = speed_lt_24h + excluded.speed_lt_24h, speed_d1_3 = speed_d1_3 + excluded.speed_d1_3, speed_d3_7 = speed_d3_7 + excluded.speed_d3_7, speed_gt_7d = speed_gt_7d + excluded.speed_gt_7d, speed_never = speed_never + excluded.speed_never, sold_same_day = sold_same_day + excluded.sold_same_day, sold_lt_24h = sold_lt_24h + excluded.sold_lt_24h, sold_d1_3 = sold_d1_3 + excluded.sold_d1_3, sold_d3_7 = sold_d3_7 + excluded.sold_d3_7, sold_gt_7d = sold_gt_7d + excluded.sold_gt_7d, sold_never = sold_never + excluded.sold_never;
END;

CREATE TABLE walkout_reasons (
  walkout_id INTEGER NOT NULL REFERENCES walkouts(id),
  reason_id INTEGER NOT NULL REFERENCES reasons(id),
  first_used_at INTEGER NOT NULL,
  PRIMARY KEY (walkout_id, reason_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE dash_reason_day_emp (day INTEGER NOT NULL, reason_id INTEGER NOT NULL,
      employee_id INTEGER NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0,
      sold INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, reason_id, employee_id)) STRICT, WITHOUT ROWID;
CREATE TABLE dash_reason_day_obj (day INTEGER NOT NULL, reason_id INTEGER NOT NULL,
      objection TEXT NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0,
      sold INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, reason_id, objection)) STRICT, WITHOUT ROWID;
CREATE TABLE dash_reason_month_emp (month INTEGER NOT NULL, reason_id INTEGER NOT NULL,
      employee_id INTEGER NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0,
      sold INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (month, reason_id, employee_id)) STRICT, WITHOUT ROWID;
CREATE TABLE dash_reason_month_obj (month INTEGER NOT NULL, reason_id INTEGER NOT NULL,
      objection TEXT NOT NULL, walkouts INTEGER NOT NULL DEFAULT 0,
      sold INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (month, reason_id, objection)) STRICT, WITHOUT ROWID;
INSERT INTO walkout_reasons (walkout_id, reason_id, first_used_at)
  SELECT walkout_id, reason_id, min(completed_at) FROM follow_ups
   WHERE status = 'done' AND reason_id IS NOT NULL GROUP BY walkout_id, reason_id;
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT w.visit_day, p.reason_id, w.employee_id, count(*),
             sum(w.status = 'sold' AND w.sold_at >= p.first_used_at)
        FROM walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id WHERE w.source = 'walk_in'
       GROUP BY 1, 2, 3;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT w.visit_day, p.reason_id, w.objection, count(*),
             sum(w.status = 'sold' AND w.sold_at >= p.first_used_at)
        FROM walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id WHERE w.source = 'walk_in'
       GROUP BY 1, 2, 3;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, w.employee_id, count(*),
             sum(w.status = 'sold' AND w.sold_at >= p.first_used_at)
        FROM walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id WHERE w.source = 'walk_in'
       GROUP BY 1, 2, 3;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, w.objection, count(*),
             sum(w.status = 'sold' AND w.sold_at >= p.first_used_at)
        FROM walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id WHERE w.source = 'walk_in'
       GROUP BY 1, 2, 3;

CREATE TRIGGER walkout_reasons_on_attempt AFTER UPDATE OF status ON follow_ups
  WHEN NEW.status = 'done' AND OLD.status <> 'done' AND NEW.reason_id IS NOT NULL BEGIN
  INSERT INTO walkout_reasons (walkout_id, reason_id, first_used_at)
    VALUES (NEW.walkout_id, NEW.reason_id, NEW.completed_at)
    ON CONFLICT DO UPDATE SET first_used_at = min(first_used_at, excluded.first_used_at);
END;
CREATE TRIGGER walkout_reasons_on_done_insert AFTER INSERT ON follow_ups
  WHEN NEW.status = 'done' AND NEW.reason_id IS NOT NULL BEGIN
  INSERT INTO walkout_reasons (walkout_id, reason_id, first_used_at)
    VALUES (NEW.walkout_id, NEW.reason_id, NEW.completed_at)
    ON CONFLICT DO UPDATE SET first_used_at = min(first_used_at, excluded.first_used_at);
END;
CREATE TRIGGER dash_reason_on_pair AFTER INSERT ON walkout_reasons BEGIN
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT w.visit_day, NEW.reason_id, w.employee_id, 1,
             1 * (w.status = 'sold' AND w.sold_at >= NEW.first_used_at)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT w.visit_day, NEW.reason_id, w.objection, 1,
             1 * (w.status = 'sold' AND w.sold_at >= NEW.first_used_at)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.reason_id, w.employee_id, 1,
             1 * (w.status = 'sold' AND w.sold_at >= NEW.first_used_at)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.reason_id, w.objection, 1,
             1 * (w.status = 'sold' AND w.sold_at >= NEW.first_used_at)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
END;
CREATE TRIGGER dash_reason_on_first_use AFTER UPDATE OF first_used_at ON walkout_reasons BEGIN
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT w.visit_day, OLD.reason_id, w.employee_id, -1,
             -1 * (w.status = 'sold' AND w.sold_at >= OLD.first_used_at)
        FROM walkouts w WHERE w.id = OLD.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT w.visit_day, OLD.reason_id, w.objection, -1,
             -1 * (w.status = 'sold' AND w.sold_at >= OLD.first_used_at)
        FROM walkouts w WHERE w.id = OLD.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), OLD.reason_id, w.employee_id, -1,
             -1 * (w.status = 'sold' AND w.sold_at >= OLD.first_used_at)
        FROM walkouts w WHERE w.id = OLD.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), OLD.reason_id, w.objection, -1,
             -1 * (w.status = 'sold' AND w.sold_at >= OLD.first_used_at)
        FROM walkouts w WHERE w.id = OLD.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT w.visit_day, NEW.reason_id, w.employee_id, 1,
             1 * (w.status = 'sold' AND w.sold_at >= NEW.first_used_at)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT w.visit_day, NEW.reason_id, w.objection, 1,
             1 * (w.status = 'sold' AND w.sold_at >= NEW.first_used_at)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.reason_id, w.employee_id, 1,
             1 * (w.status = 'sold' AND w.sold_at >= NEW.first_used_at)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', w.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', w.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), NEW.reason_id, w.objection, 1,
             1 * (w.status = 'sold' AND w.sold_at >= NEW.first_used_at)
        FROM walkouts w WHERE w.id = NEW.walkout_id AND w.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
END;
CREATE TRIGGER dash_reason_on_walkout AFTER UPDATE OF source, visit_day, employee_id, objection, status, sold_at
  ON walkouts BEGIN
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT OLD.visit_day, p.reason_id, OLD.employee_id, -1,
             -1 * (OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT OLD.visit_day, p.reason_id, OLD.objection, -1,
             -1 * (OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, OLD.employee_id, -1,
             -1 * (OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, OLD.objection, -1,
             -1 * (OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT NEW.visit_day, p.reason_id, NEW.employee_id, 1,
             1 * (NEW.status = 'sold' AND NEW.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = NEW.id AND NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT NEW.visit_day, p.reason_id, NEW.objection, 1,
             1 * (NEW.status = 'sold' AND NEW.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = NEW.id AND NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, NEW.employee_id, 1,
             1 * (NEW.status = 'sold' AND NEW.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = NEW.id AND NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, NEW.objection, 1,
             1 * (NEW.status = 'sold' AND NEW.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = NEW.id AND NEW.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
END;
CREATE TRIGGER dash_reason_on_walkout_delete AFTER DELETE ON walkouts BEGIN
INSERT INTO dash_reason_day_emp (day, reason_id, employee_id, walkouts, sold)
      SELECT OLD.visit_day, p.reason_id, OLD.employee_id, -1,
             -1 * (OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_day_obj (day, reason_id, objection, walkouts, sold)
      SELECT OLD.visit_day, p.reason_id, OLD.objection, -1,
             -1 * (OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_emp (month, reason_id, employee_id, walkouts, sold)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, OLD.employee_id, -1,
             -1 * (OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
INSERT INTO dash_reason_month_obj (month, reason_id, objection, walkouts, sold)
      SELECT (CAST(strftime('%Y', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.visit_day * 86400, 'unixepoch') AS INTEGER) - 1), p.reason_id, OLD.objection, -1,
             -1 * (OLD.status = 'sold' AND OLD.sold_at >= p.first_used_at)
        FROM walkout_reasons p WHERE p.walkout_id = OLD.id AND OLD.source = 'walk_in'
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;
DELETE FROM walkout_reasons WHERE walkout_id = OLD.id;
END;`;
