import * as z from 'zod/mini';
import {
  type EpochMs,
  lenientBoolean,
  lenientNumber,
  lenientText,
  requiredId,
  requiredText,
} from '@/lib/lenient-schemas';

/** `incoming` is the pipeline's Incoming-leads stage; `won` and `lost` are the closing stages 142 and 143. */
export type StageKind = 'incoming' | 'regular' | 'won' | 'lost';

export interface Stage {
  id: number;
  name: string;
  sort: number;
  /** A CSS colour such as "#c1c1c1", or null when the CRM sent none. */
  color: string | null;
  pipelineId: number;
  kind: StageKind;
}

export interface Pipeline {
  id: number;
  name: string;
  sort: number;
  isMain: boolean;
  isArchive: boolean;
  /** Ordered as the CRM shows them. */
  stages: Stage[];
  incomingStageId: number | null;
}

export interface Account {
  id: number;
  name: string;
  subdomain: string;
  /** The user the API acts for. */
  currentUserId: number;
  currency: string | null;
  currencySymbol: string | null;
  country: string | null;
  isUnsortedOn: boolean;
}

/** A regular lead in the CRM, as opposed to an incoming one. */
export interface CrmLead {
  id: number;
  name: string | null;
  price: number | null;
  statusId: number;
  pipelineId: number;
  responsibleUserId: number | null;
  contactIds: number[];
  /** The contact marked as main, else the first one. */
  mainContactId: number | null;
  createdAt: EpochMs | null;
  /** When anything about the lead last changed. */
  updatedAt: EpochMs | null;
}

export interface Contact {
  id: number;
  /** The full name, else first and last name joined, else null. */
  name: string | null;
  phones: string[];
  emails: string[];
  /** Came in with an incoming lead that nobody has accepted yet. */
  isUnsorted: boolean;
  companyId: number | null;
}

export interface Company {
  id: number;
  name: string | null;
}

/** The closing stages have the same ids in every pipeline. */
export const WON_STAGE_ID = 142;
export const LOST_STAGE_ID = 143;

function stageKind(id: number, type: number | null): StageKind {
  if (id === WON_STAGE_ID) return 'won';
  if (id === LOST_STAGE_ID) return 'lost';
  return type === 1 ? 'incoming' : 'regular';
}

/** A pipeline stage (a "status" on the wire). */
export const stageSchema = z.pipe(
  z.object({
    id: requiredId,
    name: lenientText,
    sort: lenientNumber,
    color: lenientText,
    pipeline_id: requiredId,
    type: lenientNumber,
  }),
  z.transform(
    (stage): Stage => ({
      id: stage.id,
      name: stage.name ?? '',
      sort: stage.sort ?? 0,
      color: stage.color,
      pipelineId: stage.pipeline_id,
      kind: stageKind(stage.id, stage.type),
    }),
  ),
);

export const accountSchema = z.pipe(
  z.object({
    id: requiredId,
    name: lenientText,
    subdomain: requiredText,
    current_user_id: requiredId,
    currency: lenientText,
    currency_symbol: lenientText,
    country: lenientText,
    is_unsorted_on: lenientBoolean,
  }),
  z.transform(
    (account): Account => ({
      id: account.id,
      name: account.name ?? account.subdomain,
      subdomain: account.subdomain,
      currentUserId: account.current_user_id,
      currency: account.currency,
      currencySymbol: account.currency_symbol,
      country: account.country,
      isUnsortedOn: account.is_unsorted_on,
    }),
  ),
);
