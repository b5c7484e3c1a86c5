// Runs the five-PC tests' children (tests/support/fivePcChild.ts), each a separate Node process with its own
// service layer and pool on one store-server database, and gathers what each acknowledged or was refused.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { PcAck, PcMessage, PcOrder, PcRefusal } from './fivePcMessages';

const CHILD = join(__dirname, 'fivePcChild.ts');

export interface PcSpec {
  employee: string;
  pin: string;
  /** Runs the campaign of the run's reason this long after "go". */
  campaignAfterMs?: number;
}

export interface PcRunOptions {
  url: string;
  pcs: PcSpec[];
  walkoutsEach: number;
  /** How long the PCs write, at most… */
  durationMs: number;
  /** …and at least, when starting the PCs took so long that durationMs would overrun budgetMs. */
  minDurationMs?: number;
  /** From the first PC's start to the end of writing: a loaded machine starts PCs slowly, so writing is cut short. */
  budgetMs?: number;
  /** The store time every PC's clock starts from. */
  start: number;
  reasonId: number;
  /** Called once every PC is working (the outage test stops the server from here). */
  during?: () => Promise<void>;
  figuresInput: unknown;
}

export interface PcResult {
  pc: number;
  acks: PcAck[];
  refusals: PcRefusal[];
  logged: number;
  figures: unknown;
}

export interface PcRun {
  pcs: PcResult[];
  /** How long the PCs took to start and sign in, to write, and to read their dashboards (ms). */
  ms: { ready: number; writing: number; figures: number };
}

export async function runPcs(o: PcRunOptions): Promise<PcRun> {
  const wall0 = Date.now();
  const results: PcResult[] = o.pcs.map((_, pc) => ({
    pc,
    acks: [],
    refusals: [],
    logged: 0,
    figures: null,
  }));
  const children: ChildProcess[] = [];
  const waiters = new Map<string, () => void>();
  const seen = new Map<string, number>();
  const reached = (what: string) => {
    seen.set(what, (seen.get(what) ?? 0) + 1);
    if (seen.get(what) === o.pcs.length) waiters.get(what)?.();
  };
  const all = (what: string, ms: number) =>
    new Promise<void>((resolve, reject) => {
      if (seen.get(what) === o.pcs.length) return resolve();
      const timer = setTimeout(() => reject(new Error(`not every PC reached "${what}" in ${ms} ms`)), ms);
      waiters.set(what, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  const exited = o.pcs.map(
    (spec, pc) =>
      new Promise<void>((resolve, reject) => {
        const child = fork(CHILD, [], {
          execArgv: ['--import', 'tsx'],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          env: {
            ...process.env,
            PC: String(pc + 1),
            PC_URL: o.url,
            PC_EMPLOYEE: spec.employee,
            PC_PIN: spec.pin,
            PC_WALKOUTS: String(o.walkoutsEach),
            PC_REASON: String(o.reasonId),
            PC_START: String(o.start),
            PC_WALL0: String(wall0),
            PC_SEED: String(1000 + pc),
          },
        });
        children.push(child);
        child.on('message', (m: PcMessage) => {
          const r = results[pc];
          if (m.kind === 'ack') r.acks.push(m);
          else if (m.kind === 'refused') r.refusals.push(m);
          else if (m.kind === 'finished') r.logged = m.logged;
          else if (m.kind === 'figures') r.figures = m.value;
          if (m.kind === 'ready' || m.kind === 'finished' || m.kind === 'figures') reached(m.kind);
        });
        child.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`PC ${pc + 1} exited with ${code}`)),
        );
      }),
  );
  const order = (child: ChildProcess, m: PcOrder) => child.send(m);
  const ms = { ready: 0, writing: 0, figures: 0 };
  try {
    await all('ready', 30_000);
    const go = Date.now();
    ms.ready = go - wall0;
    const writeMs = Math.max(
      o.minDurationMs ?? o.durationMs,
      Math.min(o.durationMs, (o.budgetMs ?? Number.POSITIVE_INFINITY) - ms.ready),
    );
    children.forEach((child, pc) => {
      const after = o.pcs[pc].campaignAfterMs;
      order(child, {
        kind: 'go',
        deadline: go + writeMs,
        campaignAt: after === undefined ? 0 : go + after,
      });
    });
    await o.during?.();
    await all('finished', writeMs + 30_000);
    const wrote = Date.now();
    ms.writing = wrote - go;
    for (const child of children) order(child, { kind: 'figures', input: o.figuresInput });
    await all('figures', 30_000);
    await Promise.all(exited);
    ms.figures = Date.now() - wrote;
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  }
  return { pcs: results, ms };
}
