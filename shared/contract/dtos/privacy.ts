// Erasing a person on a privacy request: who they are, what goes, and the partners the owner must tell.
import type { ProspectMatchDto } from './counter';
import type { ShareBatchDto } from './partners';

/** A prospect found by name, phone or e-mail, with their visits for telling namesakes apart. */
export type ProspectFoundDto = Omit<ProspectMatchDto, 'matchedOn'>;

/** A partner a file about the person went to or came from: the owner tells them of the erasure. */
export interface ErasePartnerDto {
  partnerId: number;
  partnerName: string;
  contact: string;
  /** lead_export: we sent them the lead; lead_import: they sent it to us; outcome_*: its outcome. */
  batches: { batchId: number; kind: ShareBatchDto['kind']; at: number; fileName: string }[];
}

export interface ErasePreviewDto {
  prospectId: number;
  /** As stored: the name to type to confirm, the phone (E.164) and e-mail. */
  name: string;
  phone: string | null;
  email: string | null;
  walkouts: number;
  /** Every follow-up whose notes and message go; the open ones are also cancelled. */
  followUps: number;
  openFollowUps: number;
  referrals: number;
  partners: ErasePartnerDto[];
}

export interface ErasedDto {
  prospectId: number;
  /** Kept as anonymous rows, so every count and dashboard figure stays as it was. */
  walkouts: number;
  followUpsCancelled: number;
  /** Audit rows about the person whose texts were erased (the rows themselves stay). */
  auditRows: number;
  /** Rows about other people (a referred friend's story, a partner's file name) that named them. */
  mentions: number;
  partners: ErasePartnerDto[];
}
