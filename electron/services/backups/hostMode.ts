// The states of the open store, shared by the host and its restore.
import type { Db } from '../../db/open';
import type { Store } from '../../db/store';
import type { createServices } from '../index';

/** `db` is the raw connection (backups, pragmas); `store` the async layer over it that the services use. */
export type OkMode = { kind: 'ok'; db: Db; store: Store; services: ReturnType<typeof createServices> };
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
