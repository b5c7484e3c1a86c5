// Campaigns: preview who a new reason should reach, then put the calls on the owners' calendars in one
// transaction. A run is a job the screen polls, so the counter UI shows progress instead of freezing.
import { randomUUID } from 'node:crypto';
import type { CampaignPreviewDto, CampaignProgressDto } from '../../../shared/contract/dto';
import { isReasonActive } from '../../../shared/domain/reasonRanking';
import { localDateKey } from '../../../shared/domain/storeClock';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { employeeNames } from '../employees/employees.repo';
import { NotFoundError, ValidationError } from '../errors';
import { getReasonRule } from '../reasons/reasons.repo';
import { planCampaign } from './campaignPlan';
import { campaignCandidates, campaignLoad, sampleNames, writeCampaign, writesSoFar } from './campaigns.repo';

/** Finished jobs are kept a while so a screen that polls late still reads the result. */
const KEEP_FINISHED_MS = 10 * 60_000;
const PLAN_REUSE_MS = 5 * 60_000;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Job extends CampaignProgressDto {
  reasonId: number;
  finishedAt: number | null;
}

export function createCampaignsService(deps: ServiceDeps) {
  const { store, now } = deps;
  const db = store.db;
  const jobs = new Map<string, Job>();

  async function activeReason(reasonId: number) {
    const reason = await getReasonRule(db, reasonId);
    if (!reason) throw new NotFoundError('That reason');
    if (!isReasonActive(reason, now())) {
      throw new ValidationError(
        'That reason is retired or not active today; a campaign needs an active reason.',
      );
    }
    return reason;
  }

  // The plan a manager just previewed is the one they confirm: reused while nothing has been written
  // since (dialect.writeMark) and for a few minutes at most, so confirming a campaign
  // does not read every walkout a second time.
  let previewed: {
    reasonId: number;
    changes: number;
    at: number;
    plan: Awaited<ReturnType<typeof planCampaign>>;
  } | null = null;
  async function plan(reasonId: number, onProgress?: (done: number, total: number) => void) {
    const reason = await activeReason(reasonId);
    const at = now();
    const changes = await writesSoFar(db);
    if (
      previewed &&
      previewed.reasonId === reasonId &&
      previewed.changes === changes &&
      at - previewed.at >= 0 &&
      at - previewed.at < PLAN_REUSE_MS &&
      // Calls are booked from the next business day: a plan made before midnight is not reused after.
      localDateKey(previewed.at, deps.settings().timeZone) === localDateKey(at, deps.settings().timeZone)
    ) {
      return previewed.plan;
    }
    const fresh = await planCampaign({
      reason,
      candidates: await store.transaction((tx) => campaignCandidates(tx, reasonId, store.sqlite)),
      load: await campaignLoad(db, at),
      settings: deps.settings(),
      now: at,
      employeeNames: await employeeNames(db),
      sampleNames: (ids) => sampleNames(db, ids),
      onProgress,
    });
    previewed = { reasonId, changes: await writesSoFar(db), at, plan: fresh };
    return fresh;
  }

  async function run(job: Job, actorId: number): Promise<void> {
    try {
      await tick();
      const { calls } = await plan(job.reasonId, (done, total) => {
        job.phase = 'planning';
        job.done = done;
        job.total = total;
      });
      job.phase = 'writing';
      job.done = 0;
      job.total = calls.length;
      await tick();
      const at = now();
      job.created = await store.transaction(async (tx) => {
        const created = await writeCampaign(tx, job.reasonId, calls, at);
        await recordAudit(tx, {
          at,
          employeeId: actorId,
          action: 'create',
          entity: 'campaign',
          entityId: job.reasonId,
          detail: { planned: calls.length, created },
        });
        return created;
      });
      job.done = calls.length;
      job.phase = 'done';
    } catch (err) {
      job.phase = 'failed';
      job.error =
        err instanceof ValidationError || err instanceof NotFoundError
          ? err.message
          : 'The campaign could not be saved; nothing was written. Please try again.';
    } finally {
      job.finishedAt = now();
    }
  }

  function view(job: Job): CampaignProgressDto {
    const { jobId, phase, done, total, created, error } = job;
    return { jobId, phase, done, total, created, error };
  }

  function forget(at: number) {
    for (const [id, job] of jobs) {
      if (job.finishedAt !== null && at - job.finishedAt > KEEP_FINISHED_MS) jobs.delete(id);
    }
  }

  return {
    async preview(_actor: SignedIn, input: { reasonId: number }): Promise<CampaignPreviewDto> {
      return (await plan(input.reasonId)).preview;
    },

    async start(actor: SignedIn, input: { reasonId: number }): Promise<CampaignProgressDto> {
      await activeReason(input.reasonId);
      forget(now());
      // A second click while a run is under way joins it rather than starting another.
      for (const job of jobs.values()) {
        if (job.reasonId === input.reasonId && job.finishedAt === null) return view(job);
      }
      const job: Job = {
        jobId: randomUUID(),
        reasonId: input.reasonId,
        phase: 'finding',
        done: 0,
        total: 0,
        created: 0,
        error: null,
        finishedAt: null,
      };
      jobs.set(job.jobId, job);
      void run(job, actor.employee.id);
      return view(job);
    },

    progress(_actor: SignedIn, input: { jobId: string }): CampaignProgressDto {
      const job = jobs.get(input.jobId);
      if (!job) throw new NotFoundError('That campaign run');
      return view(job);
    },

    /** Runs a campaign to the end (bench and tests). */
    async runToEnd(actor: SignedIn, reasonId: number): Promise<CampaignProgressDto> {
      const started = await this.start(actor, { reasonId });
      const job = jobs.get(started.jobId)!;
      while (job.finishedAt === null) await tick();
      return view(job);
    },
  };
}
