// The whole domain of PRODUCT.md, so later features add behaviour rather than tables.
// Money in integer cents, instants in UTC epoch ms, phones E.164. Tables are STRICT.
import type { Migration } from './index';

export const m0001Init: Migration = {
  name: '0001-init',
  sql: `
CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  role TEXT NOT NULL CHECK (role IN ('staff','manager','owner')),
  pin_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  save_program INTEGER NOT NULL DEFAULT 0 CHECK (save_program IN (0,1)),
  failed_pins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE save_program_changes (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees(id),
  opted_in INTEGER NOT NULL CHECK (opted_in IN (0,1)),
  changed_at INTEGER NOT NULL,
  changed_by INTEGER REFERENCES employees(id)
) STRICT;

CREATE TABLE prospects (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL DEFAULT '',
  phone TEXT,
  email TEXT,
  preferred_channel TEXT NOT NULL DEFAULT 'call' CHECK (preferred_channel IN ('call','text','email','visit','letter')),
  best_time TEXT NOT NULL DEFAULT '',
  contact_ok INTEGER NOT NULL DEFAULT 1 CHECK (contact_ok IN (0,1)),
  share_ok INTEGER NOT NULL DEFAULT 0 CHECK (share_ok IN (0,1)),
  do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0,1)),
  source TEXT NOT NULL DEFAULT 'walk_in' CHECK (source IN ('walk_in','referral','partner')),
  referred_by_prospect_id INTEGER REFERENCES prospects(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX prospects_phone ON prospects(phone) WHERE phone IS NOT NULL;
CREATE INDEX prospects_email ON prospects(email) WHERE email IS NOT NULL;

CREATE TABLE partners (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  contact TEXT NOT NULL DEFAULT '',
  shared_fields TEXT NOT NULL DEFAULT '[]',
  commission_cents INTEGER NOT NULL DEFAULT 0 CHECK (commission_cents >= 0),
  territory TEXT NOT NULL DEFAULT '',
  categories TEXT NOT NULL DEFAULT '[]',
  active_from INTEGER,
  active_until INTEGER,
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE walkouts (
  id INTEGER PRIMARY KEY,
  prospect_id INTEGER NOT NULL REFERENCES prospects(id),
  employee_id INTEGER NOT NULL REFERENCES employees(id),
  visited_at INTEGER NOT NULL,
  product TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT '',
  price_quoted_cents INTEGER CHECK (price_quoted_cents >= 0),
  closeness INTEGER NOT NULL CHECK (closeness BETWEEN 1 AND 5),
  objection TEXT NOT NULL CHECK (objection IN ('price','financing','spouse_partner','wants_to_think','comparing','timing','product_fit','other')),
  objection_text TEXT NOT NULL DEFAULT '',
  pain_points TEXT NOT NULL DEFAULT '',
  motivation TEXT NOT NULL DEFAULT '',
  personal_details TEXT NOT NULL DEFAULT '',
  next_step_text TEXT NOT NULL DEFAULT '',
  next_step_at INTEGER,
  contact_refused INTEGER NOT NULL DEFAULT 0 CHECK (contact_refused IN (0,1)),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','sold','not_now','lost')),
  status_changed_at INTEGER NOT NULL,
  sold_at INTEGER,
  closer TEXT CHECK (closer IN ('rep','manager_save','partner')),
  closed_by_employee_id INTEGER REFERENCES employees(id),
  sale_amount_cents INTEGER CHECK (sale_amount_cents >= 0),
  survey_objection TEXT CHECK (survey_objection IN ('price','financing','spouse_partner','wants_to_think','comparing','timing','product_fit','staff','other')),
  survey_text TEXT NOT NULL DEFAULT '',
  share_id TEXT NOT NULL UNIQUE,
  origin_partner_id INTEGER REFERENCES partners(id),
  origin_rep_name TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX walkouts_visited ON walkouts(visited_at);
CREATE INDEX walkouts_employee_visited ON walkouts(employee_id, visited_at);
CREATE INDEX walkouts_prospect ON walkouts(prospect_id);
CREATE INDEX walkouts_status ON walkouts(status);

CREATE TABLE reasons (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('new_product','new_policy','new_capability','industry_news','new_management','new_idea','other')),
  products TEXT NOT NULL DEFAULT '[]',
  objections TEXT NOT NULL DEFAULT '[]',
  active_from INTEGER,
  active_until INTEGER,
  retired_at INTEGER,
  created_by INTEGER REFERENCES employees(id),
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE follow_ups (
  id INTEGER PRIMARY KEY,
  walkout_id INTEGER NOT NULL REFERENCES walkouts(id),
  assignee_id INTEGER NOT NULL REFERENCES employees(id),
  due_at INTEGER NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('call','text','email','visit','letter')),
  purpose TEXT NOT NULL CHECK (purpose IN ('first_contact','manager_survey','check_in','long_term','campaign')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
  reason_id INTEGER REFERENCES reasons(id),
  outcome TEXT CHECK (outcome IN ('sold','appointment_set','not_now','not_interested','voicemail_left','no_answer','wrong_number','do_not_contact')),
  notes TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL DEFAULT '',
  completed_at INTEGER,
  completed_by INTEGER REFERENCES employees(id),
  created_at INTEGER NOT NULL,
  CHECK ((status = 'done') = (outcome IS NOT NULL AND completed_at IS NOT NULL))
) STRICT;
CREATE INDEX follow_ups_calendar ON follow_ups(assignee_id, status, due_at);
CREATE INDEX follow_ups_walkout ON follow_ups(walkout_id, status);
CREATE INDEX follow_ups_open_due ON follow_ups(due_at) WHERE status = 'open';

CREATE TABLE save_credits (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees(id),
  walkout_id INTEGER NOT NULL REFERENCES walkouts(id),
  kind TEXT NOT NULL CHECK (kind IN ('manager_save','referral','partner')),
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  referral_id INTEGER REFERENCES referrals(id),
  created_at INTEGER NOT NULL,
  paid_at INTEGER
) STRICT;
CREATE UNIQUE INDEX save_credits_once ON save_credits(walkout_id, kind, ifnull(referral_id, 0));
CREATE INDEX save_credits_employee ON save_credits(employee_id, paid_at);

CREATE TABLE referrals (
  id INTEGER PRIMARY KEY,
  walkout_id INTEGER NOT NULL REFERENCES walkouts(id),
  prospect_id INTEGER NOT NULL REFERENCES prospects(id),
  employee_id INTEGER NOT NULL REFERENCES employees(id),
  relationship TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE share_batches (
  id INTEGER PRIMARY KEY,
  partner_id INTEGER NOT NULL REFERENCES partners(id),
  kind TEXT NOT NULL CHECK (kind IN ('lead_export','lead_import','outcome_export','outcome_import')),
  format TEXT NOT NULL CHECK (format IN ('json','csv','adf')),
  fields TEXT NOT NULL DEFAULT '[]',
  file_sha256 TEXT NOT NULL,
  lead_count INTEGER NOT NULL,
  created_by INTEGER NOT NULL REFERENCES employees(id),
  created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE share_batch_walkouts (
  batch_id INTEGER NOT NULL REFERENCES share_batches(id),
  walkout_id INTEGER NOT NULL REFERENCES walkouts(id),
  PRIMARY KEY (batch_id, walkout_id)
) STRICT;
CREATE INDEX share_batch_walkouts_walkout ON share_batch_walkouts(walkout_id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  employee_id INTEGER REFERENCES employees(id),
  action TEXT NOT NULL CHECK (action IN ('create','update','delete','sign_in','sign_in_failed')),
  entity TEXT NOT NULL,
  entity_id INTEGER,
  detail TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
`,
};
