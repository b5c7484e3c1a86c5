// imports.check and imports.commit: a store's own old spreadsheet of leads, checked, then imported at once.
import { z } from 'zod';
import { SHEET_FIELDS } from '../domain/sheetColumns';
import { id } from './schemas';

const sheetFile = {
  fileName: z.string().trim().min(1).max(260),
  text: z.string().max(60 * 1024 * 1024, 'The file is larger than 60 MB'),
  /** The field each column holds (null: not imported), by column; absent: BeBack guesses from the headers. */
  mapping: z.array(z.enum(SHEET_FIELDS).nullable()).max(200).optional(),
  /** Whose calendar the first calls go on. */
  employeeId: id,
};

export const sheetCheckInput = z.strictObject(sheetFile);

export const sheetCommitInput = z.strictObject({
  ...sheetFile,
  mapping: sheetFile.mapping.unwrap(),
  /** What the check answered: a commit whose file or mapping changed since is refused. */
  token: z.string().min(1).max(200),
  /** By the row's line: merge into the prospect it matches, or keep it a new prospect. */
  decisions: z.record(z.string(), z.enum(['merge', 'new'])).default({}),
});

export type SheetCheckInput = z.infer<typeof sheetCheckInput>;
export type SheetCommitInput = z.infer<typeof sheetCommitInput>;
