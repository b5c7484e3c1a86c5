// The one contract: every channel's input schema, output type and the roles that may call it.
// Preload, IPC, the web door, the renderer client and the tests all derive from this object.
import type { z } from 'zod';
import type { Role } from '../domain/vocab';
import * as B from './backupSchemas';
import * as C from './changesSchemas';
import * as W from './correctionSchemas';
import type * as D from './dto';
import * as I from './importSchemas';
import { type ChannelKind, EVERYTHING, type QueryGroup } from './queryGroups';
import * as S from './schemas';
import * as Setup from './setupSchemas';
import * as SD from './storeDatabaseSchemas';
import * as N from './withoutNextCallSchemas';

/** 'public' channels answer before sign-in (the sign-in screen itself). */
export type Access = 'public' | readonly Role[];

export type ChannelDef<I extends z.ZodType, O> = {
  input: I;
  access: Access;
  /** Type-only marker for the output; never read at run time. */
  output?: O;
} & ChannelKind;

const def =
  <O>() =>
  <I extends z.ZodType>(input: I, access: Access, kind: ChannelKind): ChannelDef<I, O> => ({
    input,
    access,
    ...kind,
  });

/** A read: the query group whose writes make it stale. */
const reads = (group: QueryGroup): ChannelKind => ({ group });
/** A write: every query group it may change, refreshed after it succeeds (here and on every other PC). */
const touches = (...groups: QueryGroup[]): ChannelKind => ({ touches: groups });

const anyone: readonly Role[] = ['staff', 'manager', 'owner'];
const leads: readonly Role[] = ['manager', 'owner'];

export const contract = {
  'setup.status': def<D.SetupStatusDto>()(S.empty, 'public', reads('setup')),
  'setup.startClean': def<D.SetupStatusDto>()(S.empty, 'public', touches(...EVERYTHING)),
  'setup.showDemo': def<D.SetupStatusDto>()(Setup.demoTradeInput, 'public', touches(...EVERYTHING)),
  'setup.createOwner': def<D.EmployeeDto>()(
    Setup.createOwnerInput,
    'public',
    touches('setup', 'employees', 'session', 'audit', 'settings'),
  ),
  'auth.employees': def<D.EmployeeDto[]>()(S.empty, 'public', reads('employees')),
  'auth.signIn': def<D.EmployeeDto>()(S.signInInput, 'public', touches('session', 'employees')),
  'auth.signOut': def<null>()(S.empty, 'public', touches('session')),
  'auth.current': def<D.EmployeeDto | null>()(S.empty, 'public', reads('session')),
  'employees.list': def<D.EmployeeDto[]>()(S.empty, anyone, reads('employees')),
  'employees.create': def<D.EmployeeDto>()(S.employeeCreateInput, leads, touches('employees', 'audit')),
  'employees.update': def<D.EmployeeDto>()(
    S.employeeUpdateInput,
    leads,
    touches('employees', 'calendar', 'dashboard', 'audit', 'commissions'),
  ),
  'employees.resetPin': def<null>()(S.employeeResetPinInput, leads, touches('employees')),
  'settings.get': def<D.SettingsDto>()(S.empty, anyone, reads('settings')),
  /** The store's clock: screens compute "this week" from it, not from the counter PC's own clock. */
  'app.clock': def<{ now: number }>()(S.empty, anyone, reads('settings')),
  /** What other PCs (and this one) wrote since a cursor: answered from memory, never the database. */
  'app.changes': def<C.ChangesDto>()(C.changesInput, anyone, reads('session')),
  'settings.update': def<D.SettingsDto>()(S.settingsUpdateInput, ['owner'], touches(...EVERYTHING)),
  'prospects.match': def<D.ProspectMatchDto[]>()(S.prospectMatchInput, anyone, reads('walkouts')),
  /** Search (Ctrl+K): staff get another rep's prospect as the returning-prospect card. */
  'prospects.search': def<D.ProspectHitDto[]>()(S.prospectSearchInput, anyone, reads('walkouts')),
  /** A privacy request: the owner finds the person, sees what goes and whom to tell, then erases. */
  'prospects.find': def<D.ProspectFoundDto[]>()(S.prospectFindInput, ['owner'], reads('walkouts')),
  'prospects.erasePreview': def<D.ErasePreviewDto>()(S.erasePreviewInput, ['owner'], reads('walkouts')),
  'prospects.erase': def<D.ErasedDto>()(
    S.eraseInput,
    ['owner'],
    touches('walkouts', 'calendar', 'dashboard', 'audit', 'campaigns', 'commissions', 'partners'),
  ),
  'walkouts.create': def<D.WalkoutCreatedDto>()(
    S.walkoutCreateInput,
    anyone,
    touches('walkouts', 'calendar', 'dashboard', 'audit', 'campaigns', 'partners'),
  ),
  'walkouts.get': def<D.WalkoutStoryDto>()(S.walkoutGetInput, anyone, reads('walkouts')),
  /** Details typed wrong at the counter, fixed and audited before/after; staff only on their own walkouts. */
  'walkouts.correct': def<D.WalkoutStoryDto>()(
    W.walkoutCorrectInput,
    anyone,
    touches('walkouts', 'calendar', 'dashboard', 'audit', 'campaigns', 'partners', 'reasons'),
  ),
  'calendar.day': def<D.CalendarDayDto>()(S.calendarDayInput, anyone, reads('calendar')),
  'calendar.section': def<D.CalendarPageDto>()(S.calendarSectionInput, anyone, reads('calendar')),
  'calendar.entry': def<D.CalendarRowDto | null>()(S.calendarEntryInput, anyone, reads('calendar')),
  'calendar.exportIcs': def<D.CalendarFileDto>()(S.calendarExportInput, anyone, reads('calendar')),
  'followUps.complete': def<D.AttemptLoggedDto>()(
    S.followUpCompleteInput,
    anyone,
    touches('walkouts', 'calendar', 'dashboard', 'audit', 'campaigns', 'commissions', 'reasons'),
  ),
  'followUps.undo': def<D.OutcomeUndoneDto>()(
    S.followUpUndoInput,
    anyone,
    touches('walkouts', 'calendar', 'dashboard', 'audit', 'campaigns', 'commissions', 'reasons'),
  ),
  'followUps.lastLogged': def<D.LastLoggedDto | null>()(S.followUpLastLoggedInput, anyone, reads('calendar')),
  'followUps.reassign': def<D.ReassignedDto>()(
    S.reassignInput,
    leads,
    touches('walkouts', 'calendar', 'dashboard', 'audit'),
  ),
  /** Open leads with no next call booked (cadence rule 5): staff their own, a manager or owner the team's. */
  'followUps.withoutNextCall': def<D.WithoutNextCallListDto>()(
    N.withoutNextCallInput,
    anyone,
    reads('calendar'),
  ),
  /** Books the next call of one such lead, in one transaction; refused if it is closed or already has one. */
  'followUps.putBack': def<D.PutBackDto>()(
    N.putBackInput,
    anyone,
    touches('walkouts', 'calendar', 'dashboard', 'audit'),
  ),
  'reasons.list': def<D.ReasonDto[]>()(S.reasonListInput, anyone, reads('reasons')),
  'reasons.create': def<D.ReasonDto>()(S.reasonCreateInput, leads, touches('reasons')),
  'reasons.update': def<D.ReasonDto>()(S.reasonUpdateInput, leads, touches('reasons')),
  'reasons.retire': def<D.ReasonDto>()(S.reasonRetireInput, leads, touches('reasons')),
  'reasons.suggest': def<D.SuggestedReasonDto[]>()(S.reasonSuggestInput, anyone, reads('reasons')),
  'campaigns.preview': def<D.CampaignPreviewDto>()(S.campaignPreviewInput, leads, reads('campaigns')),
  'campaigns.start': def<D.CampaignProgressDto>()(
    S.campaignStartInput,
    leads,
    touches('campaigns', 'calendar', 'walkouts', 'dashboard'),
  ),
  'campaigns.progress': def<D.CampaignProgressDto>()(S.campaignProgressInput, leads, reads('campaigns')),
  'walkouts.recordSale': def<D.WalkoutStoryDto>()(
    S.recordSaleInput,
    leads,
    touches('walkouts', 'calendar', 'dashboard', 'audit', 'campaigns', 'commissions'),
  ),
  'walkouts.reopen': def<D.WalkoutStoryDto>()(
    S.reopenInput,
    leads,
    touches('walkouts', 'calendar', 'dashboard', 'audit', 'campaigns', 'commissions'),
  ),
  'referrals.create': def<D.ReferralDto[]>()(
    S.referralsCreateInput,
    anyone,
    touches('walkouts', 'calendar', 'dashboard', 'audit'),
  ),
  'commissions.list': def<D.CommissionsDto>()(S.commissionsListInput, leads, reads('commissions')),
  'commissions.markPaid': def<{ marked: number }>()(
    S.commissionsMarkPaidInput,
    leads,
    touches('commissions'),
  ),
  'commissions.exportCsv': def<D.CsvFileDto>()(S.commissionsListInput, leads, reads('commissions')),
  'audit.team': def<D.AuditDto>()(S.auditTeamInput, leads, reads('audit')),
  'audit.walkouts': def<D.WalkoutListDto>()(S.auditWalkoutsInput, leads, reads('audit')),
  /** First calls still open N hours after they fell due, whoever's calendar they are on. */
  'audit.firstCallsOverdue': def<D.FirstCallsOverdueDto>()(S.empty, leads, reads('calendar')),
  'dashboard.figures': def<D.DashboardDto>()(S.dashboardInput, leads, reads('dashboard')),
  'dashboard.walkouts': def<D.WalkoutListDto>()(S.dashboardWalkoutsInput, leads, reads('dashboard')),
  'partners.list': def<D.PartnerDto[]>()(S.empty, leads, reads('partners')),
  'partners.create': def<D.PartnerDto>()(S.partnerCreateInput, ['owner'], touches('partners')),
  'partners.update': def<D.PartnerDto>()(S.partnerUpdateInput, ['owner'], touches('partners')),
  'partners.exportPreview': def<D.ExportPreviewDto>()(S.exportFilterInput, ['owner'], reads('partners')),
  'partners.exportLeads': def<D.PartnerFileDto>()(
    S.exportLeadsInput,
    ['owner'],
    touches('partners', 'walkouts'),
  ),
  'partners.importCheck': def<D.ImportCheckDto>()(S.importCheckInput, ['owner'], reads('partners')),
  'partners.importLeads': def<D.ImportResultDto>()(
    S.importLeadsInput,
    ['owner'],
    touches('walkouts', 'calendar', 'dashboard', 'audit', 'campaigns', 'partners'),
  ),
  'partners.exportOutcomes': def<D.PartnerFileDto>()(S.exportOutcomesInput, ['owner'], touches('partners')),
  'partners.importOutcomes': def<D.OutcomesImportedDto>()(
    S.importOutcomesInput,
    ['owner'],
    touches('partners', 'walkouts', 'calendar', 'dashboard', 'audit', 'commissions'),
  ),
  'partners.resend': def<D.ResentFileDto>()(S.resendBatchInput, ['owner'], touches('partners')),
  'partners.batches': def<D.ShareBatchDto[]>()(S.partnerBatchesInput, leads, reads('partners')),
  /** A store's own old spreadsheet: the guessed columns and what importing it would do; writes nothing. */
  'imports.check': def<D.SheetCheckDto>()(I.sheetCheckInput, leads, reads('walkouts')),
  'imports.commit': def<D.SheetImportedDto>()(
    I.sheetCommitInput,
    leads,
    touches('walkouts', 'calendar', 'dashboard', 'audit', 'campaigns'),
  ),
  'backups.list': def<D.BackupsDto>()(S.empty, leads, reads('backups')),
  'backups.create': def<D.BackupDto>()(S.empty, ['owner'], touches('backups')),
  'backups.restore': def<D.RestoredDto>()(B.backupRefInput, ['owner'], touches(...EVERYTHING)),
  'backups.undoRestore': def<D.RestoredDto>()(S.empty, ['owner'], touches(...EVERYTHING)),
  'backups.saveCopy': def<D.SavedCopyDto>()(B.backupSaveCopyInput, ['owner'], touches('backups')),
  /** The web door streams this file as a download (POST /download/backups.file); see FILE_CHANNELS. */
  'backups.file': def<D.FileRefDto>()(B.backupRefInput, ['owner'], reads('backups')),
  /** Before sign-in: is the database sound? A damaged one offers its newest verified backups. */
  'recovery.status': def<D.RecoveryDto>()(S.empty, 'public', reads('backups')),
  /** The owner's name and PIN are checked against the backup being restored (the damaged file is not read). */
  'recovery.restore': def<D.RestoredDto>()(B.recoveryRestoreInput, 'public', touches(...EVERYTHING)),
  'storeDatabase.status': def<D.StoreDatabaseDto>()(S.empty, ['owner'], reads('storeDatabase')),
  /** Connects once and says what is there; writes nothing. */
  'storeDatabase.test': def<D.ConnectionTestDto>()(SD.storeServerInput, ['owner'], reads('storeDatabase')),
  /** Starts the copy in the background; storeDatabase.progress follows it. */
  'storeDatabase.move': def<D.MoveProgressDto>()(SD.storeServerInput, ['owner'], touches('storeDatabase')),
  'storeDatabase.progress': def<D.MoveProgressDto>()(S.empty, ['owner'], reads('storeDatabase')),
  'storeDatabase.join': def<D.JoinedDto>()(SD.storeServerInput, ['owner'], touches('storeDatabase')),
} as const;

/** Channels whose answer is a file on this PC that the web door sends as a download, never its path's bytes to anyone else. */
export const FILE_CHANNELS = ['backups.file'] as const;
export type FileChannel = (typeof FILE_CHANNELS)[number];

/**
 * Channels a screen calls by itself on a timer, not because someone used it: they do not count as use of
 * the session, so a forgotten tab is still signed out after the idle time.
 */
export const BACKGROUND_CHANNELS = ['app.changes'] as const satisfies readonly (keyof typeof contract)[];

export function isBackgroundChannel(name: string): boolean {
  return (BACKGROUND_CHANNELS as readonly string[]).includes(name);
}

/** Channels whose input carries a partner file's whole text: the web door reads large bodies only for these. */
export const UPLOAD_CHANNELS = [
  'partners.importCheck',
  'partners.importLeads',
  'partners.importOutcomes',
  'imports.check',
  'imports.commit',
] as const satisfies readonly (keyof typeof contract)[];

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Exclude<Contract[C]['output'], undefined>;

/** The groups a channel's success makes stale: none for a read. */
export function touchesOf(channel: ChannelName): readonly QueryGroup[] {
  const def: ChannelKind = contract[channel];
  return 'touches' in def ? def.touches : [];
}

/** The group a read channel's answers belong to; null for a write. */
export function groupOf(channel: string): QueryGroup | null {
  if (!isChannelName(channel)) return null;
  const def: ChannelKind = contract[channel];
  return 'group' in def ? def.group : null;
}

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
