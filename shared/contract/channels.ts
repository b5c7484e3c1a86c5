// The one contract: every channel's input schema, output type and the roles that may call it.
// Preload, IPC, the web door, the renderer client and the tests all derive from this object.
import type { z } from 'zod';
import type { Role } from '../domain/vocab';
import * as B from './backupSchemas';
import type * as D from './dto';
import * as S from './schemas';
import * as SD from './storeDatabaseSchemas';

/** 'public' channels answer before sign-in (the sign-in screen itself). */
export type Access = 'public' | readonly Role[];

export interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** Type-only marker for the output; never read at run time. */
  output?: O;
}

const def =
  <O>() =>
  <I extends z.ZodType>(input: I, access: Access): ChannelDef<I, O> => ({ input, access });

const anyone: readonly Role[] = ['staff', 'manager', 'owner'];
const leads: readonly Role[] = ['manager', 'owner'];

export const contract = {
  'setup.status': def<D.SetupStatusDto>()(S.empty, 'public'),
  'setup.startClean': def<D.SetupStatusDto>()(S.empty, 'public'),
  'setup.createOwner': def<D.EmployeeDto>()(S.createOwnerInput, 'public'),
  'auth.employees': def<D.EmployeeDto[]>()(S.empty, 'public'),
  'auth.signIn': def<D.EmployeeDto>()(S.signInInput, 'public'),
  'auth.signOut': def<null>()(S.empty, 'public'),
  'auth.current': def<D.EmployeeDto | null>()(S.empty, 'public'),
  'employees.list': def<D.EmployeeDto[]>()(S.empty, anyone),
  'employees.create': def<D.EmployeeDto>()(S.employeeCreateInput, leads),
  'employees.update': def<D.EmployeeDto>()(S.employeeUpdateInput, leads),
  'employees.resetPin': def<null>()(S.employeeResetPinInput, leads),
  'settings.get': def<D.SettingsDto>()(S.empty, anyone),
  /** The store's clock: screens compute "this week" from it, not from the counter PC's own clock. */
  'app.clock': def<{ now: number }>()(S.empty, anyone),
  'settings.update': def<D.SettingsDto>()(S.settingsUpdateInput, ['owner']),
  'prospects.match': def<D.ProspectMatchDto[]>()(S.prospectMatchInput, anyone),
  /** A privacy request: the owner finds the person, sees what goes and whom to tell, then erases. */
  'prospects.find': def<D.ProspectFoundDto[]>()(S.prospectFindInput, ['owner']),
  'prospects.erasePreview': def<D.ErasePreviewDto>()(S.erasePreviewInput, ['owner']),
  'prospects.erase': def<D.ErasedDto>()(S.eraseInput, ['owner']),
  'walkouts.create': def<D.WalkoutCreatedDto>()(S.walkoutCreateInput, anyone),
  'walkouts.get': def<D.WalkoutStoryDto>()(S.walkoutGetInput, anyone),
  'calendar.day': def<D.CalendarDayDto>()(S.calendarDayInput, anyone),
  'followUps.complete': def<D.AttemptLoggedDto>()(S.followUpCompleteInput, anyone),
  'followUps.reassign': def<D.ReassignedDto>()(S.reassignInput, leads),
  'reasons.list': def<D.ReasonDto[]>()(S.reasonListInput, anyone),
  'reasons.create': def<D.ReasonDto>()(S.reasonCreateInput, leads),
  'reasons.update': def<D.ReasonDto>()(S.reasonUpdateInput, leads),
  'reasons.retire': def<D.ReasonDto>()(S.reasonRetireInput, leads),
  'reasons.suggest': def<D.SuggestedReasonDto[]>()(S.reasonSuggestInput, anyone),
  'campaigns.preview': def<D.CampaignPreviewDto>()(S.campaignPreviewInput, leads),
  'campaigns.start': def<D.CampaignProgressDto>()(S.campaignStartInput, leads),
  'campaigns.progress': def<D.CampaignProgressDto>()(S.campaignProgressInput, leads),
  'walkouts.recordSale': def<D.WalkoutStoryDto>()(S.recordSaleInput, leads),
  'walkouts.reopen': def<D.WalkoutStoryDto>()(S.reopenInput, leads),
  'referrals.create': def<D.ReferralDto[]>()(S.referralsCreateInput, anyone),
  'commissions.list': def<D.CommissionsDto>()(S.commissionsListInput, leads),
  'commissions.markPaid': def<{ marked: number }>()(S.commissionsMarkPaidInput, leads),
  'commissions.exportCsv': def<D.CsvFileDto>()(S.commissionsListInput, leads),
  'audit.team': def<D.AuditDto>()(S.auditTeamInput, leads),
  'audit.walkouts': def<D.AuditWalkoutDto[]>()(S.auditWalkoutsInput, leads),
  'dashboard.figures': def<D.DashboardDto>()(S.dashboardInput, leads),
  'dashboard.walkouts': def<D.AuditWalkoutDto[]>()(S.dashboardWalkoutsInput, leads),
  'partners.list': def<D.PartnerDto[]>()(S.empty, leads),
  'partners.create': def<D.PartnerDto>()(S.partnerCreateInput, ['owner']),
  'partners.update': def<D.PartnerDto>()(S.partnerUpdateInput, ['owner']),
  'partners.exportPreview': def<D.ExportPreviewDto>()(S.exportFilterInput, ['owner']),
  'partners.exportLeads': def<D.PartnerFileDto>()(S.exportLeadsInput, ['owner']),
  'partners.importCheck': def<D.ImportCheckDto>()(S.importCheckInput, ['owner']),
  'partners.importLeads': def<D.ImportResultDto>()(S.importLeadsInput, ['owner']),
  'partners.exportOutcomes': def<D.PartnerFileDto>()(S.exportOutcomesInput, ['owner']),
  'partners.importOutcomes': def<D.OutcomesImportedDto>()(S.importOutcomesInput, ['owner']),
  'partners.resend': def<D.ResentFileDto>()(S.resendBatchInput, ['owner']),
  'partners.batches': def<D.ShareBatchDto[]>()(S.partnerBatchesInput, leads),
  'backups.list': def<D.BackupsDto>()(S.empty, leads),
  'backups.create': def<D.BackupDto>()(S.empty, ['owner']),
  'backups.restore': def<D.RestoredDto>()(B.backupRefInput, ['owner']),
  'backups.undoRestore': def<D.RestoredDto>()(S.empty, ['owner']),
  'backups.saveCopy': def<D.SavedCopyDto>()(B.backupSaveCopyInput, ['owner']),
  /** The web door streams this file as a download (POST /download/backups.file); see FILE_CHANNELS. */
  'backups.file': def<D.FileRefDto>()(B.backupRefInput, ['owner']),
  /** Before sign-in: is the database sound? A damaged one offers its newest verified backups. */
  'recovery.status': def<D.RecoveryDto>()(S.empty, 'public'),
  /** The owner's name and PIN are checked against the backup being restored (the damaged file is not read). */
  'recovery.restore': def<D.RestoredDto>()(B.recoveryRestoreInput, 'public'),
  'storeDatabase.status': def<D.StoreDatabaseDto>()(S.empty, ['owner']),
  'storeDatabase.test': def<D.ConnectionTestDto>()(SD.storeServerInput, ['owner']),
  /** Starts the copy in the background; storeDatabase.progress follows it. */
  'storeDatabase.move': def<D.MoveProgressDto>()(SD.storeServerInput, ['owner']),
  'storeDatabase.progress': def<D.MoveProgressDto>()(S.empty, ['owner']),
  'storeDatabase.join': def<D.JoinedDto>()(SD.storeServerInput, ['owner']),
} as const;

/** Channels whose answer is a file on this PC that the web door sends as a download, never its path's bytes to anyone else. */
export const FILE_CHANNELS = ['backups.file'] as const;
export type FileChannel = (typeof FILE_CHANNELS)[number];

/** Channels whose input carries a partner file's whole text: the web door reads large bodies only for these. */
export const UPLOAD_CHANNELS = [
  'partners.importCheck',
  'partners.importLeads',
  'partners.importOutcomes',
] as const satisfies readonly (keyof typeof contract)[];

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Exclude<Contract[C]['output'], undefined>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
