// Settings rows: one JSON value per key, merged over the defaults.

import { sql } from 'kysely';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../../../shared/domain/settings';
import { all, type Executor, one, run } from '../../db/store';

export async function readSettings(ex: Executor): Promise<Settings> {
  const rows = await all(ex, sql<{ key: string; value: string }>`SELECT key, value FROM settings`);
  const stored: Record<string, unknown> = {};
  for (const r of rows) {
    if (Object.hasOwn(DEFAULT_SETTINGS, r.key)) stored[r.key] = JSON.parse(r.value);
  }
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  // A hand-edited or older row must not stop the store from opening: fall back to defaults.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function writeSettings(ex: Executor, values: Partial<Settings>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    await run(
      ex,
      sql`INSERT INTO settings (key, value) VALUES (${key}, ${JSON.stringify(value)})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    );
  }
}

/** Back to the defaults: the rows go, so readSettings falls back to DEFAULT_SETTINGS for these keys. */
export async function deleteSettings(ex: Executor, keys: readonly (keyof Settings)[]): Promise<void> {
  if (!keys.length) return;
  await run(ex, sql`DELETE FROM settings WHERE key IN (${sql.join(keys)})`);
}

/** Internal keys (demo mode) live beside the settings but outside the Settings schema. */
export async function readMeta<T>(ex: Executor, key: string): Promise<T | undefined> {
  const row = await one(ex, sql<{ value: string }>`SELECT value FROM settings WHERE key = ${`meta:${key}`}`);
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export async function writeMeta(ex: Executor, key: string, value: unknown): Promise<void> {
  await writeSettings(ex, { [`meta:${key}`]: value } as Partial<Settings>);
}

export async function deleteMeta(ex: Executor, key: string): Promise<void> {
  await run(ex, sql`DELETE FROM settings WHERE key = ${`meta:${key}`}`);
}
