// The change feed's channel (app.changes): its input, and the answer the renderer polls for.
import { z } from 'zod';
import type { QueryGroup } from './queryGroups';

export const changesInput = z
  .object({
    since: z
      .number({ message: 'since must be a cursor number' })
      .int('since must be a whole number')
      .min(0, 'since cannot be negative'),
  })
  .strict();

export interface ChangesDto {
  /** Pass it back as `since` next time. */
  cursor: number;
  /** The groups written since `since`; every group when `everything`. */
  groups: QueryGroup[];
  /** The cursor came from before this process started or is too old, or changes may have been missed. */
  everything: boolean;
}
