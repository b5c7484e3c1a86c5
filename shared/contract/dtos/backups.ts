// Backups, restore and the damaged-database screen.
import type { BackupReason } from '../../domain/backups';

export interface BackupDto {
  id: string;
  createdAt: number;
  reason: BackupReason;
  sizeBytes: number;
  walkouts: number;
  prospects: number;
  schemaVersion: number;
  verified: boolean;
  /** Why it is not verified (file missing or changed), or null. */
  problem: string | null;
}

export interface BackupProgressDto {
  reason: BackupReason;
  phase: 'copying' | 'checking';
  /** 0…100 */
  percent: number;
  startedAt: number;
}

export interface BackupsDto {
  backups: BackupDto[];
  running: BackupProgressDto | null;
  /** The last automatic backup that failed, in words, until one succeeds. */
  lastError: string | null;
  /** The folder backups live in, for the owner's reference. */
  folder: string;
  /** Offered after a restore until it is undone or another restore replaces it. */
  undo: { restoredAt: number; restoredBackupId: string; undoBackupId: string } | null;
  keep: { today: number; days: number; months: number };
  /** On a store server a backup is never restored over the store in use: how it is restored, in words. */
  restoreElsewhere: string | null;
}

export interface RestoredDto {
  restoredBackupId: string;
  /** The copy of the state before the restore, which "Undo restore" brings back; null after an undo. */
  undoBackupId: string | null;
  walkouts: number;
}

export interface SavedCopyDto {
  path: string;
  sizeBytes: number;
}

export interface RecoveryDto {
  state: 'ok' | 'damaged';
  /** What the check found, for support. */
  problem: string | null;
  detectedAt: number | null;
  /** Newest first; only verified backups are offered. */
  backups: BackupDto[];
  /** The store's time zone as the newest backup has it (the damaged file is not read); null without one. */
  timeZone: string | null;
}

/** A file the web door streams to the browser as a download. */
export interface FileRefDto {
  path: string;
  fileName: string;
  sizeBytes: number;
}
