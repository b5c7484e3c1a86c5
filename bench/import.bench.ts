// Issue 15 item 4's target: checking a 10 000-row spreadsheet takes ≤ 2 s, in a store that already holds
// 100 000 walkouts (so the match look-ups read real indexes); one row in ten matches a prospect there.
// The commit of the same file is timed beside it, without a target.
import { performance } from 'node:perf_hooks';
import { sqliteStore } from '../electron/db/store';
import { createServices } from '../electron/services';
import { buildBulkStore } from './bulkStore';
import { mustCall, once, report, time } from './stats';

const ROWS = 10_000;

function sheetOf(existingPhones: readonly string[]): string {
  const lines = ['Customer,Cell,E-mail,Visit Date,Vehicle,Why not,Salesperson,Comments'];
  for (let i = 0; i < ROWS; i++) {
    const n = String(i).padStart(4, '0');
    // Every tenth row is a prospect already here; the others are new numbers (area code 872, unused by the store).
    const phone = i % 10 === 0 ? existingPhones[i / 10]! : `(872) 55${n[0]}-${n.slice(1)}7`;
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `Pat${n} Quinn${n},${phone},pat${n}@example.com,10/${day}/2026,Model ${i % 9},payment too high,Rep ${i % 5},"said ""call me"" in spring"`,
    );
  }
  return lines.join('\r\n');
}

export async function importBench(): Promise<void> {
  const now = Date.parse('2026-11-23T10:00:00-06:00');
  console.log(`\n== Spreadsheet import (${ROWS.toLocaleString('en-US')} rows into 100 000 walkouts) ==`);
  const store = buildBulkStore({ walkouts: 100_000, employees: 11, now, days: 365 });
  try {
    const db = store.db;
    const manager = store.employeeIds[0]!;
    db.prepare("UPDATE employees SET role = 'manager' WHERE id = ?").run(manager);
    const phones = db
      .prepare('SELECT phone FROM prospects WHERE phone IS NOT NULL ORDER BY id LIMIT ?')
      .pluck()
      .all(ROWS / 10) as string[];
    const text = sheetOf(phones);
    const svc = createServices({ store: sqliteStore(db), now: () => now });
    svc.sessions.signIn('m', manager);
    const input = { fileName: 'old-leads.csv', text, employeeId: store.employeeIds[1] };
    let checked: Record<string, unknown> = {};
    const t = await time(3, async () => {
      checked = await mustCall(svc.router, 'm', 'imports.check', input);
    });
    report(`check ${ROWS.toLocaleString('en-US')} rows (guess, parse, match, spread)`, t, 2000);
    console.log(`  new ${checked.fresh}, matching ${checked.matching}, invalid ${checked.invalid}`);
    const columns = checked.columns as { field: string | null }[];
    const matches = checked.matches as { line: number }[];
    const t0 = performance.now();
    const done = await mustCall(svc.router, 'm', 'imports.commit', {
      ...input,
      mapping: columns.map((c) => c.field),
      token: checked.token,
      decisions: Object.fromEntries(matches.map((m) => [m.line, 'merge'])),
    });
    once(`commit ${ROWS.toLocaleString('en-US')} rows (one transaction)`, performance.now() - t0);
    console.log(`  imported ${done.imported}, merged ${done.merged}, first calls ${done.firstCalls}`);
  } finally {
    store.dispose();
  }
}
