// The follow-up workbench: reasons of value and the campaigns that carry them.
import type { ReasonForRanking } from '../../domain/reasonRanking';
import type { Objection } from '../../domain/vocab';

export interface ReasonDto extends ReasonForRanking {
  createdByName: string | null;
  /** Completed attempts that used the reason, how many reached the prospect, and walkouts sold after. */
  stats: { attempts: number; reached: number; sold: number };
}

export interface SuggestedReasonDto {
  reason: ReasonDto;
  why: string;
  score: number;
}

export interface CampaignPreviewDto {
  reasonId: number;
  /** Open and not-now walkouts the reason fits. */
  fitting: number;
  /** Of those, the ones that will get a campaign follow-up. */
  eligible: number;
  excluded: {
    doNotContact: number;
    contactNotOk: number;
    noContactDetails: number;
    alreadyInCampaign: number;
    firstCallStillDue: number;
    ownerInactive: number;
  };
  perEmployee: { employeeId: number; name: string; count: number; firstDueAt: number; lastDueAt: number }[];
  sample: {
    walkoutId: number;
    prospectName: string;
    product: string;
    objection: Objection;
    ownerName: string;
  }[];
  dailyCap: number;
}

export interface CampaignProgressDto {
  jobId: string;
  phase: 'finding' | 'planning' | 'writing' | 'done' | 'failed';
  done: number;
  total: number;
  created: number;
  error: string | null;
}
