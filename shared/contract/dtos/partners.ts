// The partner exchange: agreements, files both ways and their batches.

export interface PartnerDto {
  id: number;
  name: string;
  contact: string;
  sharedFields: ('painPoints' | 'notes' | 'priceQuoted' | 'personalDetails')[];
  commissionCents: number;
  territory: string;
  categories: string[];
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
  };
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
}
