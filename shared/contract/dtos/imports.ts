// What the spreadsheet import answers: the check's preview and the commit's counts.
import type { SheetField } from '../../domain/sheetColumns';

export interface SheetColumnDto {
  index: number;
  header: string;
  field: SheetField | null;
  /** The field BeBack guessed from the header (null: none), so the screen can say "guessed". */
  guessed: SheetField | null;
}

export interface SheetCheckDto {
  /** Names the file and the mapping checked; the commit must bring it back unchanged. */
  token: string;
  columns: SheetColumnDto[];
  rows: number;
  fresh: number;
  matching: number;
  invalid: number;
  /** Every invalid row, by line, with the reason in words (at most the first 200 listed). */
  invalidRows: { line: number; reason: string }[];
  /** Rows whose phone or e-mail is a prospect's here: merge or keep apart, never silently. */
  matches: { line: number; leadName: string; prospectId: number; prospectName: string; matchedOn: string }[];
  /** The first calls as they would be spread: no day more than the daily cap. */
  firstCalls: { dailyCap: number; days: number; firstDueAt: number | null; lastDueAt: number | null };
}

export interface SheetImportedDto {
  imported: number;
  merged: number;
  skippedInvalid: number;
  firstCalls: number;
}
