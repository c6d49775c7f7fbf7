import { INCOMING_CATEGORIES, type IncomingCategory, type IncomingLeadRecord } from './records';

export interface SummaryFilter {
  uids: string[] | null;
  pipelineIds: number[] | null;
  /** Unix seconds, inclusive; an incoming lead counts when it was created or sorted inside the range. */
  from: number | null;
  to: number | null;
}

export interface Summary {
  total: number;
  accepted: number;
  declined: number;
  average_sort_time: number;
  categories: Record<IncomingCategory, { total: number }>;
}

function inRange(at: number | null, { from, to }: SummaryFilter): boolean {
  if (at === null) return false;
  return (from === null || at >= from) && (to === null || at <= to);
}

function matches(record: IncomingLeadRecord, filter: SummaryFilter): boolean {
  if (filter.uids && !filter.uids.includes(record.uid)) return false;
  if (filter.pipelineIds && !filter.pipelineIds.includes(record.pipeline_id)) return false;
  if (filter.from === null && filter.to === null) return true;
  return inRange(record.created_at, filter) || inRange(record.sorted_at, filter);
}

/**
 * The summary counts every incoming lead in the period, pending or not; a lead linked to an existing deal
 * counts as accepted. Sort time is whole seconds from arrival to the decision.
 */
export function summarize(records: Iterable<IncomingLeadRecord>, filter: SummaryFilter): Summary {
  const categories = Object.fromEntries(INCOMING_CATEGORIES.map((c) => [c, { total: 0 }])) as Summary['categories'];
  let total = 0;
  let accepted = 0;
  let declined = 0;
  let sortSeconds = 0;
  for (const record of records) {
    if (!matches(record, filter)) continue;
    total++;
    categories[record.category].total++;
    if (record.state === 'accepted' || record.state === 'linked') accepted++;
    if (record.state === 'declined') declined++;
    if (record.sorted_at !== null) sortSeconds += record.sorted_at - record.created_at;
  }
  const sorted = accepted + declined;
  return {
    total,
    accepted,
    declined,
    average_sort_time: sorted === 0 ? 0 : Math.round(sortSeconds / sorted),
    categories,
  };
}
