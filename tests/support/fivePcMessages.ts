// What a five-PC test's child tells its parent (every acknowledged write, every refusal) and what it is asked.
export type PcOp = 'walkout' | 'return' | 'call' | 'sale' | 'campaign' | 'read' | 'figures';

export type PcMessage =
  | { kind: 'ready' }
  | { kind: 'ack'; op: 'walkout' | 'return'; at: number; walkoutId: number; followUpId: number | null }
  | { kind: 'ack'; op: 'call'; at: number; followUpId: number; nextFollowUpId: number | null }
  | { kind: 'ack'; op: 'sale'; at: number; walkoutId: number }
  | { kind: 'ack'; op: 'campaign'; at: number; booked: number }
  | {
      kind: 'refused';
      op: PcOp;
      at: number;
      code: string;
      message: string;
      followUpId?: number;
      walkoutId?: number;
    }
  | { kind: 'finished'; logged: number }
  | { kind: 'figures'; value: unknown };

export type PcOrder =
  | { kind: 'go'; deadline: number; campaignAt: number }
  | { kind: 'figures'; input: unknown };

export type PcAck = Extract<PcMessage, { kind: 'ack' }>;
export type PcRefusal = Extract<PcMessage, { kind: 'refused' }>;
