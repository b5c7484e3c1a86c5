// Backup vocabulary shared by the service, the contract and the Backups screen.

/** Why a backup was made: `pre_migration` copies stay for the whole rotation window, the rest keep only the newest of each slot. */
export const BACKUP_REASONS = [
  'startup',
  'scheduled',
  'manual',
  'quit',
  'pre_migration',
  'pre_restore',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** 20261201T194512345Z, with -2, -3… when two fall in the same millisecond. */
export const BACKUP_ID_PATTERN = /^\d{8}T\d{9}Z(-\d{1,3})?$/;

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  startup: 'At start-up',
  scheduled: 'Automatic',
  manual: 'Backed up by hand',
  quit: 'On closing',
  pre_migration: 'Before an update (kept)',
  pre_restore: 'Before a restore',
};
