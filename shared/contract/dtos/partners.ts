// The partner exchange: agreements, files both ways and their batches.

export interface PartnerDto {
  id: number;
  name: string;
  contact: string;
  sharedFields: ('painPoints' | 'notes' | 'priceQuoted' | 'personalDetails')[];
  commissionCents: number;
  /** A description of where they sell; the enforced territory is `areaCodes`. */
  territory: string;
  categories: string[];
  /** NANP area codes a shared lead's phone must have; empty: anywhere. */
  areaCodes: string[];
  /** Walkouts younger than this many days are still being worked and stay home. */
  shareAfterDays: number;
  activeFrom: number | null;
  activeUntil: number | null;
  createdAt: number;
  leadsShared: number;
  leadsReceived: number;
  partnerSales: number;
}

export interface ExportPreviewDto {
  qualifying: number;
  leftOut: {
    noShareConsent: number;
    doNotContact: number;
    noContactDetails: number;
    alreadyShared: number;
    /** Outside the categories the agreement names. */
    outsideAgreement: number;
    /** The prospect's phone is not in the agreement's area codes (or there is no phone). */
    outsideTerritory: number;
    /** Visit younger than the agreement's "share after" days. */
    stillBeingWorked: number;
  };
  /** The agreement's "share after", as the preview applied it. */
  shareAfterDays: number;
  sample: {
    walkoutId: number;
    prospectName: string;
    product: string;
    visitedAt: number;
    ownerName: string;
  }[];
}

export interface PartnerFileDto {
  fileName: string;
  content: string;
  count: number;
  sha256: string;
  batchId: number | null;
}

/** A recorded lead file sent again: the leads of the original still shareable, with their share ids. */
export interface ResentFileDto extends PartnerFileDto {
  batchId: number;
  /** The first send this file repeats. */
  resendOf: number;
  /** Leads of the original left out now, by why (the export's reasons; erased prospects count as do-not-contact). */
  leftOut: Partial<Record<keyof ExportPreviewDto['leftOut'], number>>;
  /** Sum of leftOut: "2 leads no longer shareable were left out". */
  noLongerShareable: number;
}

export interface ImportCheckDto {
  format: 'json' | 'csv' | 'adf';
  sender: string;
  leads: number;
  alreadyImported: number;
  /** Leads whose phone or email belongs to a prospect already here: merge or keep apart, never silently. */
  matches: {
    shareId: string;
    leadName: string;
    prospectId: number;
    prospectName: string;
    matchedOn: string;
  }[];
}

export interface ImportResultDto {
  batchId: number;
  imported: number;
  merged: number;
  alreadyImported: number;
}

export interface OutcomesImportedDto {
  /** Null when the file changed nothing (imported before): no batch is recorded for it. */
  batchId: number | null;
  sold: number;
  credits: number;
  /** Leads whose reported outcome changed (sales included). */
  updated: number;
  unchanged: number;
}

export interface ShareBatchDto {
  id: number;
  partnerName: string;
  kind: 'lead_export' | 'lead_import' | 'outcome_export' | 'outcome_import';
  format: 'json' | 'csv' | 'adf';
  fileName: string;
  fields: string[];
  sha256: string;
  count: number;
  createdByName: string;
  createdAt: number;
  /** A re-send: the batch whose leads this file sent again. */
  resendOf: number | null;
}
