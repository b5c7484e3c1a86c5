// Settings → Store database: what this PC uses, a connection test's answer, a move's progress and checks.

export type CurrentStoreDto =
  | { kind: 'sqlite'; path: string }
  | { kind: 'server'; host: string; port: number; database: string; user: string };

export type ConnectionKind =
  | 'unreachable'
  | 'tls_refused'
  | 'tls_untrusted'
  | 'wrong_password'
  | 'no_database'
  | 'not_allowed'
  | 'too_new'
  | 'older'
  | 'not_beback'
  | 'empty'
  | 'ready';

export interface ConnectionTestDto {
  kind: ConnectionKind;
  message: string;
  /** What the owner can do with this database: move this PC's store there, join it, or neither. */
  offer: 'move' | 'join' | null;
}

/** One figure counted on both sides of a move. */
export interface MoveCheckDto {
  label: string;
  file: number;
  server: number;
  /** The figures are money in cents (shown as dollars). */
  cents?: true;
}

export interface MoveProgressDto {
  state: 'idle' | 'copying' | 'verifying' | 'done' | 'failed';
  /** The table being copied, while copying. */
  table: string | null;
  rows: number;
  totalRows: number;
  /** What happened, in words (the failure, or the outcome of the switch). */
  message: string | null;
  /** Rows per table on each side, after the copy. */
  tables: MoveCheckDto[];
  /** Dashboard totals (all time) on each side, after the copy. */
  totals: MoveCheckDto[];
  /** The store file kept as it was at the moment of the move. */
  keptFile: string | null;
  /** This PC now uses the server (it restarts onto it). */
  switched: boolean;
}

export interface StoreDatabaseDto {
  current: CurrentStoreDto;
  move: MoveProgressDto;
}

export interface JoinedDto {
  switched: boolean;
  message: string;
}
