// Settings rows: one JSON value per key, merged over the defaults.

import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../../../shared/domain/settings';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

export function readSettings(db: Db): Settings {
  const rows = prepared(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const r of rows) {
    if (Object.hasOwn(DEFAULT_SETTINGS, r.key)) stored[r.key] = JSON.parse(r.value);
  }
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  // A hand-edited or older row must not stop the store from opening: fall back to defaults.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function writeSettings(db: Db, values: Partial<Settings>): void {
  const upsert = prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value));
}

/** Internal keys (demo mode) live beside the settings but outside the Settings schema. */
export function readMeta<T>(db: Db, key: string): T | undefined {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(`meta:${key}`) as
    | { value: string }
    | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writeMeta(db: Db, key: string, value: unknown): void {
  writeSettings(db, { [`meta:${key}`]: value } as Partial<Settings>);
}

export function deleteMeta(db: Db, key: string): void {
  prepared(db, 'DELETE FROM settings WHERE key = ?').run(`meta:${key}`);
}
