// A large store written straight into SQLite for benchmarks, from the demo catalog: walkouts with their
// attempts, surveys, reasons used and sales. Built in minutes where the service-driven demo seed would
// take hours at a million walkouts; the database's own triggers keep the walkout facts exact as it goes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backfillProspectSearch } from '../electron/db/migrations/0016-prospect-search';
import { type Db, openDatabase } from '../electron/db/open';
import {
  backfillCubes,
  backfillReasons,
  CUBES,
  cubeTriggers,
  REASON_CUBES,
  ROLLUP_TRIGGERS,
  reasonTriggers,
} from '../electron/db/rollups';
import { FIRST_NAMES, LAST_NAMES, OBJECTION_WEIGHTS, VEHICLES } from '../electron/seed/demoCatalog';
import { createRng } from '../electron/seed/random';
import { localDay } from '../shared/domain/storeClock';
import type { Closer, Outcome } from '../shared/domain/vocab';

export interface BulkStore {
  db: Db;
  dir: string;
  employeeIds: number[];
  dispose(): void;
}

export interface BulkOptions {
  walkouts: number;
  employees: number;
  now: number;
  days: number;
  timeZone?: string;
  /** Share of walkouts that are a return visit of an earlier prospect (a be-back who walked out again). */
  returning?: number;
  onProgress?: (done: number) => void;
}

const BATCH = 20_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Delay to the first attempt: [ms min, ms max, weight]; null = never attempted. */
const FIRST_DELAY: [number, number, number][] = [
  [1 * HOUR, 6 * HOUR, 40],
  [10 * HOUR, 23 * HOUR, 20],
  [1 * DAY, 3 * DAY, 15],
  [3 * DAY, 7 * DAY, 10],
  [7 * DAY, 20 * DAY, 5],
];
const LATER: Outcome[] = ['no_answer', 'voicemail_left', 'voicemail_left', 'appointment_set', 'not_now'];

export function buildBulkStore(o: BulkOptions): BulkStore {
  const timeZone = o.timeZone ?? 'America/Chicago';
  const dir = mkdtempSync(join(tmpdir(), 'beback-bulk-'));
  const db = openDatabase(join(dir, 'store.sqlite'));
  const rng = createRng(7);
  const ins = {
    employee: db.prepare("INSERT INTO employees (name, role, pin_hash, created_at) VALUES (?, ?, 'x', ?)"),
    reason: db.prepare('INSERT INTO reasons (text, category, created_at) VALUES (?, ?, ?)'),
    prospect: db.prepare(
      'INSERT INTO prospects (first_name, last_name, phone, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    walkout: db.prepare(
      `INSERT INTO walkouts (prospect_id, employee_id, visited_at, product, category, price_quoted_cents, closeness,
         objection, contact_refused, status, status_changed_at, sold_at, closer, sale_amount_cents, share_id,
         created_at, updated_at, visit_day, visit_day_ends_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    done: db.prepare(
      `INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, status, outcome, reason_id,
         completed_at, completed_by, created_at) VALUES (?, ?, ?, 'call', ?, 'done', ?, ?, ?, ?, ?)`,
    ),
    open: db.prepare(
      `INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, status, created_at)
       VALUES (?, ?, ?, 'call', ?, 'open', ?)`,
    ),
  };
  const employeeIds = db.transaction(() =>
    Array.from({ length: o.employees }, (_, i) =>
      Number(ins.employee.run(`Rep ${i + 1}`, i === 0 ? 'manager' : 'staff', o.now).lastInsertRowid),
    ),
  )();
  const manager = employeeIds[0];
  const reasonIds = db.transaction(() =>
    VEHICLES.reasons.map((r) =>
      Number(ins.reason.run(r.text, r.category, o.now - o.days * DAY).lastInsertRowid),
    ),
  )();
  // Local-day lookups cached per hour: a million TZ conversions would dominate the build.
  const days = new Map<number, { day: number; endsAt: number }>();
  const dayOf = (t: number) => {
    const h = Math.floor(t / HOUR);
    let d = days.get(h);
    if (!d) {
      d = localDay(h * HOUR, timeZone);
      days.set(h, d);
    }
    return d;
  };

  // Bulk load with the roll-up triggers off, then one backfill pass: the same SQL an upgrade uses,
  // and the integration tests check it equals what the triggers keep.
  for (const t of ROLLUP_TRIGGERS) db.exec(`DROP TRIGGER ${t}`);
  const span = o.days * DAY;
  const prospectIds: number[] = [];
  for (let start = 0; start < o.walkouts; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(o.walkouts, start + BATCH); i++) {
        const visitedAt = o.now - Math.floor(rng.next() * span);
        const item = rng.pick(VEHICLES.products);
        const refused = rng.chance(0.08);
        const returning = prospectIds.length > 0 && rng.chance(o.returning ?? 0.05);
        const p = returning
          ? prospectIds[rng.int(0, prospectIds.length - 1)]
          : Number(
              ins.prospect.run(
                rng.pick(FIRST_NAMES),
                rng.pick(LAST_NAMES),
                refused ? null : `+1312${String(2_000_000 + i).padStart(7, '0')}`,
                !refused && rng.chance(0.3) ? `lead${i}@example.com` : null,
                visitedAt,
                visitedAt,
              ).lastInsertRowid,
            );
        if (!returning) prospectIds.push(p);
        const owner = employeeIds[1 + (i % (employeeIds.length - 1))];
        const roll = rng.next();
        const status = roll < 0.7 ? 'open' : roll < 0.8 ? 'not_now' : roll < 0.9 ? 'sold' : 'lost';
        const closer: Closer | null =
          status === 'sold'
            ? rng.weighted<Closer>([
                ['rep', 6],
                ['manager_save', 3],
                ['partner', 1],
              ])
            : null;
        const soldAt = status === 'sold' ? visitedAt + rng.int(1, 30) * DAY : null;
        const day = dayOf(visitedAt);
        const w = Number(
          ins.walkout.run(
            p,
            owner,
            visitedAt,
            item.product,
            item.category,
            item.price * 100,
            rng.int(1, 5),
            rng.weighted(OBJECTION_WEIGHTS),
            Number(refused),
            status,
            visitedAt,
            soldAt,
            closer,
            soldAt === null ? null : item.price * 100 - rng.int(0, 20) * 10_000,
            `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            visitedAt,
            visitedAt,
            day.day,
            day.endsAt,
          ).lastInsertRowid,
        );
        if (refused) continue;
        // The rep's attempts: a first call after a realistic delay (or never), then a few more.
        const delay = rng.chance(0.1) ? null : rng.weighted(FIRST_DELAY.map((d) => [d, d[2]] as const));
        let at = delay === null ? null : visitedAt + rng.int(delay[0], delay[1]);
        const attempts = at === null ? 0 : rng.int(1, 3);
        for (let k = 0; k < attempts && at !== null; k++) {
          const outcome =
            k === attempts - 1 && status === 'sold' && closer === 'rep' ? 'sold' : rng.pick(LATER);
          const reason = rng.chance(0.6) ? rng.pick(reasonIds) : null;
          ins.done.run(
            w,
            owner,
            at,
            k === 0 ? 'first_contact' : 'check_in',
            outcome,
            reason,
            at,
            owner,
            visitedAt,
          );
          at += rng.int(3, 7) * DAY;
        }
        if (i % 3 === 0) {
          const surveyAt = visitedAt + DAY;
          ins.done.run(
            w,
            manager,
            surveyAt,
            'manager_survey',
            rng.pick(LATER),
            null,
            surveyAt,
            manager,
            visitedAt,
          );
        }
        if (status === 'open' || status === 'not_now') {
          ins.open.run(
            w,
            owner,
            o.now + rng.int(-5, 90) * DAY,
            status === 'open' ? 'check_in' : 'long_term',
            visitedAt,
          );
        }
      }
    })();
    o.onProgress?.(Math.min(o.walkouts, start + BATCH));
  }
  db.transaction(() => {
    for (const c of [...CUBES, ...REASON_CUBES]) db.exec(`DELETE FROM ${c.table}`);
    db.exec(backfillCubes());
    db.exec(backfillReasons());
    db.exec(cubeTriggers());
    db.exec(reasonTriggers());
    // Prospects were written straight in: file them for search as the upgrade to migration 0016 does.
    backfillProspectSearch(db);
  })();
  const dispose = () => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { db, dir, employeeIds, dispose };
}
