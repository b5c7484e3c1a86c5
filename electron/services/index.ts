// Builds the service layer over one store and maps every contract channel to its handler.
import { randomUUID } from 'node:crypto';
import type { QueryGroup } from '../../shared/contract/queryGroups';
import type { Settings } from '../../shared/domain/settings';
import type { Store } from '../db/store';
import { createAuditService } from './audit/audit.service';
import { createFirstCallsOverdue } from './audit/firstCallsOverdue';
import { type BackupsPort, NO_BACKUPS } from './backups/backups.port';
import { createCalendarService } from './calendar/calendar.service';
import { createCampaignsService } from './campaigns/campaigns.service';
import { type ChangeFeed, createChangeFeed } from './changes/changeFeed';
import { publishChanges } from './changes/publishChanges';
import { createCommissionsService } from './commissions/commissions.service';
import type { ServiceDeps, SignedIn } from './context';
import { createDashboardService } from './dashboard/dashboard.service';
import { createAuthService } from './employees/auth.service';
import { getEmployee } from './employees/employees.repo';
import { createEmployeesService } from './employees/employees.service';
import { ConflictError } from './errors';
import { createFollowUpsService } from './followUps/followUps.service';
import { createPutBack } from './followUps/putBack';
import { createSheetImportService } from './imports/sheetImport.service';
import { createPartnersService } from './partners/partners.service';
import { createEraseService } from './privacy/erase.service';
import { createSearchService } from './prospects/search.service';
import { createReasonsService } from './reasons/reasons.service';
import { createReferralsService } from './referrals/referrals.service';
import { createRouter, type Handlers } from './router';
import { createSalesService } from './sales/sales.service';
import { Sessions } from './sessions';
import { readSettings } from './settings/settings.repo';
import { createSettingsService } from './settings/settings.service';
import { createSetupService } from './setup/setup.service';
import { NO_STORE_DATABASE, type StoreDatabasePort } from './storeDatabase/storeDatabase.port';
import { createCorrectionService } from './walkouts/correction.service';
import { createWalkoutsService } from './walkouts/walkouts.service';

export interface ServiceOptions {
  store: Store;
  now?: () => number;
  newShareId?: () => string;
  onInternalError?: (channel: string, err: unknown) => void;
  onDamage?: (err: unknown) => void;
  /** The host's backups; services built without a host (tests, benches) have none. */
  backups?: BackupsPort;
  /** The host's Settings → Store database (which database this PC uses, the move to a server). */
  storeDatabase?: StoreDatabasePort;
  /** This process's change feed (app.changes); one of its own when not given. */
  changes?: ChangeFeed;
  /** Tells the other PCs what a write touched (pg_notify on the store server); none on a single PC. */
  notify?: (groups: readonly QueryGroup[]) => Promise<void>;
  /** Where a failed notify is told; it never fails the write, which has committed already. */
  onNotifyError?: (err: unknown) => void;
}

export function createServices(options: ServiceOptions) {
  const { store } = options;
  // Settings live in memory, so services read them synchronously (deps.settings()). They are read before
  // the first routed call: the router awaits loadSettings, a no-op while they are fresh. settings.update
  // marks them stale and rereads them; until the new values are in, a call already under way keeps the old
  // ones, and a call that starts waits for the new. A read begun before a change (an older generation) is
  // not kept.
  let current: Settings | null = null;
  let fresh = false;
  let generation = 0;
  async function loadSettings(): Promise<Settings> {
    while (!fresh || !current) {
      const started = generation;
      const read = await readSettings(store.db);
      if (started === generation) {
        current = read;
        fresh = true;
      }
    }
    return current;
  }
  function reloadSettings(): Promise<Settings> {
    fresh = false;
    generation++;
    return loadSettings();
  }
  const deps: ServiceDeps = {
    store,
    now: options.now ?? Date.now,
    settings: () => {
      if (!current)
        throw new Error('The settings are read before the first call: await loadSettings() first.');
      return current;
    },
    newShareId: options.newShareId ?? randomUUID,
  };
  const sessions = new Sessions({ now: deps.now, idleMs: () => deps.settings().idleLockMinutes * 60_000 });
  const auth = createAuthService(deps, sessions);
  const setup = createSetupService(deps, sessions, reloadSettings);
  const employees = createEmployeesService(deps);
  const settings = createSettingsService(deps, reloadSettings);
  const walkouts = createWalkoutsService(deps);
  const correction = createCorrectionService(deps);
  const followUps = createFollowUpsService(deps);
  const calendar = createCalendarService(deps);
  const reasons = createReasonsService(deps);
  const campaigns = createCampaignsService(deps);
  const sales = createSalesService(deps);
  const referrals = createReferralsService(deps);
  const commissions = createCommissionsService(deps);
  const audit = createAuditService(deps);
  const firstCallsOverdue = createFirstCallsOverdue(deps);
  const putBack = createPutBack(deps);
  const dashboard = createDashboardService(deps);
  const partners = createPartnersService(deps);
  const sheetImport = createSheetImportService(deps);
  const backups = options.backups ?? NO_BACKUPS;
  const erase = createEraseService(deps);
  const search = createSearchService(deps);
  const storeDatabase = options.storeDatabase ?? NO_STORE_DATABASE;
  const changes = options.changes ?? createChangeFeed();

  // The router has already checked the role of every non-public channel, so the actor is signed in.
  const signedIn =
    <I, O>(fn: (actor: SignedIn, input: I) => O) =>
    (actor: { employee: unknown }, input: I) =>
      fn(actor as SignedIn, input);

  const handlers: Handlers = {
    'setup.status': () => setup.status(),
    'setup.startClean': () => setup.startClean(),
    'setup.showDemo': (_actor, input) => setup.showDemo(input),
    'setup.createOwner': (actor, input) => setup.createOwner(actor, input),
    'auth.employees': () => auth.employees(),
    'auth.signIn': (actor, input) => auth.signIn(actor, input),
    'auth.signOut': (actor) => auth.signOut(actor),
    'auth.current': (actor) => auth.current(actor),
    'employees.list': signedIn(employees.list),
    'employees.create': signedIn(employees.create),
    'employees.update': signedIn(employees.update),
    'employees.resetPin': signedIn(employees.resetPin),
    'settings.get': () => settings.get(),
    'app.clock': () => ({ now: deps.now() }),
    // A session's own writes are left out: its screen refreshed what they touched when they succeeded.
    'app.changes': (actor, input) => changes.since(input.since, actor.sessionKey),
    'settings.update': signedIn(settings.update),
    'prospects.match': signedIn(walkouts.match),
    'prospects.search': signedIn(search.search),
    'prospects.find': signedIn(erase.find),
    'prospects.erasePreview': signedIn(erase.preview),
    'prospects.erase': signedIn(erase.erase),
    'walkouts.create': signedIn(walkouts.create),
    'walkouts.get': signedIn(walkouts.get),
    'walkouts.correct': signedIn(correction.correct),
    'calendar.day': signedIn(calendar.day),
    'calendar.section': signedIn(calendar.section),
    'calendar.entry': signedIn(calendar.entry),
    'calendar.exportIcs': signedIn(calendar.exportIcs),
    'followUps.complete': signedIn(followUps.complete),
    'followUps.undo': signedIn(followUps.undo),
    'followUps.lastLogged': signedIn(followUps.lastLogged),
    'followUps.reassign': signedIn(followUps.reassign),
    'reasons.list': signedIn(reasons.list),
    'reasons.create': signedIn(reasons.create),
    'reasons.update': signedIn(reasons.update),
    'reasons.retire': signedIn(reasons.retire),
    'reasons.suggest': signedIn(reasons.suggest),
    'campaigns.preview': signedIn(campaigns.preview),
    'campaigns.start': signedIn(campaigns.start),
    'campaigns.progress': signedIn(campaigns.progress),
    'walkouts.recordSale': signedIn(sales.recordSale),
    'walkouts.reopen': signedIn(sales.reopen),
    'referrals.create': signedIn(referrals.create),
    'commissions.list': signedIn(commissions.list),
    'commissions.markPaid': signedIn(commissions.markPaid),
    'commissions.exportCsv': signedIn(commissions.exportCsv),
    'audit.team': signedIn(audit.team),
    'audit.walkouts': signedIn(audit.walkouts),
    'audit.firstCallsOverdue': () => firstCallsOverdue(),
    'followUps.withoutNextCall': signedIn(putBack.list),
    'followUps.putBack': signedIn(putBack.putBack),
    'dashboard.figures': signedIn(dashboard.figures),
    'dashboard.walkouts': signedIn(dashboard.walkouts),
    'partners.list': () => partners.list(),
    'partners.create': signedIn(partners.create),
    'partners.update': signedIn(partners.update),
    'partners.exportPreview': signedIn(partners.exportPreview),
    'partners.exportLeads': signedIn(partners.exportLeads),
    'partners.importCheck': signedIn(partners.importCheck),
    'partners.importLeads': signedIn(partners.importLeads),
    'partners.exportOutcomes': signedIn(partners.exportOutcomes),
    'partners.importOutcomes': signedIn(partners.importOutcomes),
    'partners.resend': signedIn(partners.resend),
    'partners.batches': signedIn(partners.batches),
    'imports.check': signedIn(sheetImport.check),
    'imports.commit': signedIn(sheetImport.commit),
    'backups.list': () => backups.list(),
    'backups.create': signedIn(backups.create),
    'backups.restore': signedIn(backups.restore),
    'backups.undoRestore': signedIn(backups.undoRestore),
    'backups.saveCopy': signedIn(backups.saveCopy),
    'backups.file': signedIn(backups.file),
    'recovery.status': () => backups.recoveryStatus(),
    'storeDatabase.status': () => storeDatabase.status(),
    'storeDatabase.test': (_actor, input) => storeDatabase.test(input),
    'storeDatabase.move': signedIn(storeDatabase.move),
    'storeDatabase.progress': () => storeDatabase.progress(),
    'storeDatabase.join': signedIn(storeDatabase.join),
    'recovery.restore': () => {
      throw new ConflictError(
        'The database is sound: restore a backup from Settings → Backups after signing in.',
      );
    },
  };

  const router = createRouter({
    handlers,
    sessions,
    activeEmployee: async (id) => {
      const e = await getEmployee(store.db, id);
      return e?.active ? e : null;
    },
    ready: loadSettings,
    onInternalError: options.onInternalError,
    onDamage: options.onDamage,
    onWritten: publishChanges(changes, options.notify, options.onNotifyError),
  });
  return { router, sessions, deps, campaigns, loadSettings, reloadSettings, changes };
}
