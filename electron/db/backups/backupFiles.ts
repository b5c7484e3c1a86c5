// The backups folder: one verified copy `beback-<id>.sqlite` (a store server's: `beback-<id>.pgbackup`) plus
// its manifest `beback-<id>.json`, written last, after the copy is checked and on disk. A copy without its
// manifest is an unfinished backup.
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BACKUP_ID_PATTERN, BACKUP_REASONS } from '../../../shared/domain/backups';
import { MAIN_TABLES } from './inspect';

const manifestSchema = z.object({
  format: z.literal(1),
  id: z.string().regex(BACKUP_ID_PATTERN),
  createdAt: z.number().int(),
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  counts: z.object(Object.fromEntries(MAIN_TABLES.map((t) => [t, z.number().int().nonnegative()]))),
  check: z.enum(['integrity', 'quick']),
  /** Which engine's copy the file is; absent in manifests written before store servers (SQLite). */
  engine: z.enum(['sqlite', 'postgres']).optional(),
  /** Set when a later check (before a restore) found the copy damaged: never offered again. */
  failedCheck: z.string().optional(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export interface BackupEntry extends BackupManifest {
  file: string;
  /** The manifest's check passed and the file on disk is still the size it was when checked. */
  verified: boolean;
  problem: string | null;
}

const PREFIX = 'beback-';

export type BackupEngine = NonNullable<BackupManifest['engine']>;

const SUFFIX: Record<BackupEngine, string> = { sqlite: '.sqlite', postgres: '.pgbackup' };

export function backupFile(dir: string, id: string, engine: BackupEngine = 'sqlite'): string {
  return join(dir, `${PREFIX}${id}${SUFFIX[engine]}`);
}

function manifestFile(dir: string, id: string): string {
  return join(dir, `${PREFIX}${id}.json`);
}

export function tempFile(dir: string, id: string): string {
  return join(dir, `.${PREFIX}${id}.sqlite.tmp`);
}

/** 2026-12-01T19:45:12.345Z → 20261201T194512345Z: sorts by time, safe in every file system. */
export function newBackupId(at: number, dir: string): string {
  const base = new Date(at).toISOString().replace(/[-:.]/g, '');
  let id = base;
  const taken = (id: string) =>
    existsSync(backupFile(dir, id)) ||
    existsSync(backupFile(dir, id, 'postgres')) ||
    existsSync(manifestFile(dir, id));
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

export function listBackups(dir: string): BackupEntry[] {
  if (!existsSync(dir)) return [];
  const out: BackupEntry[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(PREFIX) || !name.endsWith('.json')) continue;
    let manifest: BackupManifest;
    try {
      manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    } catch {
      continue; // not ours, or torn: never offered
    }
    const file = backupFile(dir, manifest.id, manifest.engine);
    let problem: string | null = manifest.failedCheck ? `It failed its check: ${manifest.failedCheck}` : null;
    if (problem) {
      // stays refused
    } else if (!existsSync(file)) problem = 'The backup file is missing.';
    else if (statSync(file).size !== manifest.sizeBytes)
      problem = 'The backup file changed after it was checked.';
    out.push({ ...manifest, file, verified: problem === null, problem });
  }
  return out.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

export function findBackup(dir: string, id: string): BackupEntry | undefined {
  return listBackups(dir).find((b) => b.id === id);
}

/** Flushes a file's bytes to the disk, so a power cut after the rename cannot leave an empty file. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes renames in a folder durable (a no-op where folders cannot be opened, as on Windows). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows: directory handles cannot be fsynced; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function writeFileDurably(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text);
  syncFile(tmp);
  renameSync(tmp, path);
}

export function writeManifest(dir: string, manifest: BackupManifest): void {
  writeFileDurably(manifestFile(dir, manifest.id), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function markBackupFailed(dir: string, entry: BackupEntry, message: string): void {
  const { file: _file, verified: _verified, problem: _problem, ...manifest } = entry;
  writeManifest(dir, { ...manifest, failedCheck: message });
}

/** The manifest goes first: from then on the copy is no longer offered, even if its deletion is cut short. */
export function deleteBackup(dir: string, id: string): void {
  const copies = [backupFile(dir, id), backupFile(dir, id, 'postgres')];
  for (const path of [manifestFile(dir, id), ...copies]) removeIfThere(path);
}

/** Unfinished copies left by a crash mid-backup, and copies whose manifest never got written. */
export function removeLeftovers(dir: string): void {
  if (!existsSync(dir)) return;
  const ids = new Set(listBackups(dir).map((b) => b.id));
  for (const name of readdirSync(dir)) {
    const copy = /^beback-(.+)\.(sqlite|pgbackup)$/.exec(name);
    const orphan = copy !== null && !ids.has(copy[1]);
    // `.partial`: a store-server backup cut short before its rename (pg/logicalBackup.ts).
    if (name.endsWith('.tmp') || name.endsWith('.partial') || orphan) removeIfThere(join(dir, name));
  }
}

export function removeIfThere(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
