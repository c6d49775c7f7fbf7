import * as z from 'zod/mini';
import type { ApiClient } from '@/lib/http';
import {
  epochMsToSeconds,
  isRecord,
  lenientDurationSeconds,
  lenientNumber,
  lenientObject,
} from '@/lib/lenient-schemas';
import { parseResponse } from '@/lib/parse-response';
import type { QueryValue } from '@/lib/query-string';
import type { IncomingLeadSummary, SummaryFilter } from './incoming-lead';
import { INCOMING_LEADS_PATH } from './incoming-leads-api';

/** The most a count can sanely be; a bigger, negative or fractional one is read as 0, never drawn as is. */
const MAX_COUNT = 1_000_000_000;

const count = z.pipe(
  lenientNumber,
  z.transform((value) => (value !== null && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT ? value : 0)),
);

/** A category count arrives as `{total: n}`; a bare number or a missing key are read too. */
const categoryCount = z.pipe(
  z.transform((value: unknown) => (isRecord(value) ? value.total : value)),
  count,
);

const summarySchema = z.pipe(
  z.object({
    total: count,
    accepted: count,
    declined: count,
    // Missing means nothing was sorted (0); an impossible figure is unknown, never drawn.
    average_sort_time: z.transform((value: unknown) => z.parse(lenientDurationSeconds, value ?? 0)),
    categories: lenientObject({ sip: categoryCount, forms: categoryCount, chats: categoryCount, mail: categoryCount }),
  }),
  z.transform(
    (body): IncomingLeadSummary => ({
      total: body.total,
      accepted: body.accepted,
      declined: body.declined,
      waiting: Math.max(0, body.total - body.accepted - body.declined),
      averageSortTimeSeconds: body.average_sort_time,
      categories: body.categories,
    }),
  ),
);

function createdAtQuery(createdAt: SummaryFilter['createdAt']): QueryValue {
  if (createdAt === undefined) return undefined;
  if (typeof createdAt === 'number') return epochMsToSeconds(createdAt);
  return {
    from: createdAt.from === undefined ? undefined : epochMsToSeconds(createdAt.from),
    to: createdAt.to === undefined ? undefined : epochMsToSeconds(createdAt.to),
  };
}

/** Counts of incoming leads: how many came, were accepted or declined, and how fast they were sorted. */
export async function fetchIncomingLeadSummary(
  api: ApiClient,
  filter: SummaryFilter = {},
  signal?: AbortSignal,
): Promise<IncomingLeadSummary> {
  const query = {
    filter: { created_at: createdAtQuery(filter.createdAt), uid: filter.uids, pipeline_id: filter.pipelineId },
  };
  const body = await api.get(`${INCOMING_LEADS_PATH}/summary`, { query, signal });
  // An empty answer means nothing was counted.
  return parseResponse(summarySchema, body ?? {}, 'incoming leads summary');
}
