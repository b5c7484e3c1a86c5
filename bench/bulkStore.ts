// A large store written straight into SQLite for benchmarks: realistic columns and spread, built in
// seconds rather than the minutes the service-driven demo seed would take at this size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openDatabase } from '../electron/db/open';
import { DEMO_PRODUCTS, FIRST_NAMES, LAST_NAMES, OBJECTION_WEIGHTS } from '../electron/seed/demoCatalog';
import { createRng } from '../electron/seed/random';

export interface BulkStore {
  db: Db;
  employeeIds: number[];
  dispose(): void;
}

export interface BulkOptions {
  walkouts: number;
  employees: number;
  now: number;
  days: number;
  onProgress?: (done: number) => void;
}

const BATCH = 20_000;

export function buildBulkStore(o: BulkOptions): BulkStore {
  const dir = mkdtempSync(join(tmpdir(), 'beback-bulk-'));
  const db = openDatabase(join(dir, 'store.sqlite'));
  const rng = createRng(7);
  const insertEmployee = db.prepare(
    "INSERT INTO employees (name, role, pin_hash, created_at) VALUES (?, ?, 'x', ?)",
  );
  const employeeIds = db.transaction(() =>
    Array.from({ length: o.employees }, (_, i) =>
      Number(insertEmployee.run(`Rep ${i + 1}`, i === 0 ? 'manager' : 'staff', o.now).lastInsertRowid),
    ),
  )();
  const prospect = db.prepare(
    `INSERT INTO prospects (first_name, last_name, phone, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const walkout = db.prepare(
    `INSERT INTO walkouts (prospect_id, employee_id, visited_at, product, category, price_quoted_cents, closeness,
       objection, status, status_changed_at, share_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const followUp = db.prepare(
    `INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, status, created_at)
     VALUES (?, ?, ?, 'call', ?, 'open', ?)`,
  );
  const span = o.days * 86_400_000;
  for (let start = 0; start < o.walkouts; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(o.walkouts, start + BATCH); i++) {
        const visitedAt = o.now - Math.floor(rng.next() * span);
        const item = rng.pick(DEMO_PRODUCTS);
        const p = Number(
          prospect.run(
            rng.pick(FIRST_NAMES),
            rng.pick(LAST_NAMES),
            `+1312${String(2_000_000 + i).padStart(7, '0')}`,
            null,
            visitedAt,
            visitedAt,
          ).lastInsertRowid,
        );
        const owner = employeeIds[i % employeeIds.length];
        const status = rng.chance(0.7) ? 'open' : rng.pick(['not_now', 'sold', 'lost'] as const);
        const w = Number(
          walkout.run(
            p,
            owner,
            visitedAt,
            item.product,
            item.category,
            item.price * 100,
            rng.int(1, 5),
            rng.weighted(OBJECTION_WEIGHTS),
            status,
            visitedAt,
            `bulk-${i}`,
            visitedAt,
            visitedAt,
          ).lastInsertRowid,
        );
        if (status === 'open' || status === 'not_now') {
          followUp.run(
            w,
            owner,
            o.now + rng.int(1, 90) * 86_400_000,
            status === 'open' ? 'check_in' : 'long_term',
            visitedAt,
          );
        }
      }
    })();
    o.onProgress?.(Math.min(o.walkouts, start + BATCH));
  }
  const dispose = () => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { db, employeeIds, dispose };
}
