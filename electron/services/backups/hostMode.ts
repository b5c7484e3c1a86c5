// The states of the open store, shared by the host and its restore.
import type { Db } from '../../db/open';
import type { createServices } from '../index';

export type OkMode = { kind: 'ok'; db: Db; services: ReturnType<typeof createServices> };
export type Mode =
  | OkMode
  | { kind: 'damaged'; problem: string; detectedAt: number; db: Db | null }
  | { kind: 'restoring' };

/** What "Undo restore" needs, kept in backups/restore.json until undone or replaced. */
export interface UndoRecord {
  restoredAt: number;
  restoredBackupId: string;
  undoBackupId: string;
}
