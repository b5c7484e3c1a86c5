// Inputs of the backup, restore and recovery channels.
import { z } from 'zod';
import { BACKUP_ID_PATTERN } from '../domain/backups';
import { pinSchema } from './schemas';

const backupId = z.string().regex(BACKUP_ID_PATTERN, 'That is not a BeBack backup.');

export const backupRefInput = z.object({ backupId }).strict();
export const backupSaveCopyInput = z
  .object({
    backupId,
    folder: z
      .string()
      .trim()
      .min(1, 'Choose a folder')
      .max(1024, 'That folder path is too long')
      .refine((f) => !f.includes('\0'), 'That folder path is not valid'),
  })
  .strict();
export const recoveryRestoreInput = z
  .object({ backupId, ownerName: z.string().trim().min(1, 'Enter the owner’s name').max(80), pin: pinSchema })
  .strict();
