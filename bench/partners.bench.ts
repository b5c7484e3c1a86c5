// Issue 6's target: exporting and importing 100 000 leads take ≤ 3 s each.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../electron/db/open';
import { createServices } from '../electron/services';
import { buildBulkStore } from './bulkStore';
import { once } from './stats';

export async function partnersBench(): Promise<void> {
  const now = Date.parse('2026-11-23T10:00:00-06:00');
  console.log('\n== Partner exchange (100 000 leads each way) ==');
  const store = buildBulkStore({ walkouts: 122_000, employees: 11, now, days: 365 });
  const dir = mkdtempSync(join(tmpdir(), 'beback-bench-b-'));
  try {
    const a = store.db;
    a.exec('UPDATE prospects SET share_ok = 1');
    const owner = store.employeeIds[0];
    a.prepare("UPDATE employees SET role = 'owner' WHERE id = ?").run(owner);
    const sa = createServices({ db: a, now: () => now });
    sa.sessions.signIn('o', owner);
    const call = async (svc: typeof sa, channel: string, input: unknown) => {
      const r = await svc.router.call('o', channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as Record<string, unknown>;
    };
    const partner = await call(sa, 'partners.create', {
      name: 'Beta Auto',
      sharedFields: ['painPoints', 'priceQuoted'],
    });

    const b = openDatabase(join(dir, 'b.sqlite'));
    const bOwner = Number(
      b
        .prepare(
          "INSERT INTO employees (name, role, pin_hash, created_at) VALUES ('Owner B', 'owner', 'x', ?)",
        )
        .run(now).lastInsertRowid,
    );
    const sb = createServices({ db: b, now: () => now });
    sb.sessions.signIn('o', bOwner);
    const alpha = await call(sb, 'partners.create', { name: 'Alpha Motors' });

    // ADF at this size (~80 MB) is over the 40 MB a partner can import, so the export refuses it.
    for (const format of ['csv', 'json'] as const) {
      a.exec('DELETE FROM share_batch_walkouts; DELETE FROM share_batches;');
      b.exec(
        'DELETE FROM follow_ups; DELETE FROM share_batch_walkouts; DELETE FROM share_batches; DELETE FROM walkouts; DELETE FROM prospects;',
      );
      let t = performance.now();
      const file = await call(sa, 'partners.exportLeads', {
        partnerId: partner.id,
        statuses: ['open', 'not_now', 'lost'],
        format,
      });
      const mb = Buffer.byteLength(file.content as string) / 1e6;
      once(
        `export ${(file.count as number).toLocaleString('en-US')} leads as ${format} (${mb.toFixed(1)} MB)`,
        performance.now() - t,
        3000,
      );
      t = performance.now();
      const imported = await call(sb, 'partners.importLeads', {
        partnerId: alpha.id,
        fileName: file.fileName,
        content: file.content,
        assignTo: bOwner,
      });
      once(
        `import ${(imported.imported as number).toLocaleString('en-US')} leads from ${format}`,
        performance.now() - t,
        3000,
      );
    }
    b.close();
  } finally {
    store.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
