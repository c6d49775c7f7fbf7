import type { IncomingLead, IncomingLeadSummary, SummaryFilter } from '@/incoming-leads/incoming-lead';
import type { TriageKind } from './triage-action';

/** Accepting and linking both count as accepted in amoCRM's summary; declining counts as declined. */
export function summaryField(kind: TriageKind): 'accepted' | 'declined' {
  return kind === 'decline' ? 'declined' : 'accepted';
}

/**
 * How a decision changes a summary: a lead that arrived in the period was already counted as waiting
 * (`sorted`: it moves to accepted or declined); one that arrived earlier is counted anew because it was
 * sorted in the period (`added`: the total grows with it, as amoCRM counts it once the decision lands).
 */
export type SummaryEffect = 'sorted' | 'added';

/** Counts the action in the summary (`direction` 1) or takes it back out (-1). */
export function bumpSummary(
  summary: IncomingLeadSummary,
  kind: TriageKind,
  direction: 1 | -1,
  effect: SummaryEffect = 'sorted',
): IncomingLeadSummary {
  const field = summaryField(kind);
  if (effect === 'added') {
    return {
      ...summary,
      total: Math.max(0, summary.total + direction),
      [field]: Math.max(0, summary[field] + direction),
    };
  }
  return {
    ...summary,
    [field]: Math.max(0, summary[field] + direction),
    waiting: Math.max(0, summary.waiting - direction),
  };
}

/** How a decision taken at `decidedAt` (epoch ms) changes a summary with this filter, if at all. */
export function summaryEffect(
  filter: SummaryFilter | undefined,
  lead: IncomingLead,
  decidedAt: number,
): SummaryEffect | null {
  if (summaryCovers(filter, lead)) return 'sorted';
  if (!filter || (filter.pipelineId !== undefined && filter.pipelineId !== lead.pipelineId)) return null;
  if (filter.uids && !filter.uids.includes(lead.uid)) return null;
  const { createdAt } = filter;
  if (createdAt === undefined) return null;
  const from = typeof createdAt === 'number' ? createdAt : createdAt.from;
  const to = typeof createdAt === 'number' ? undefined : createdAt.to;
  const inPeriod = (from === undefined || decidedAt >= from) && (to === undefined || decidedAt <= to);
  return inPeriod ? 'added' : null;
}

/** Whether a summary query with this filter counts the lead. */
export function summaryCovers(filter: SummaryFilter | undefined, lead: IncomingLead): boolean {
  if (!filter) return true;
  if (filter.pipelineId !== undefined && filter.pipelineId !== lead.pipelineId) return false;
  if (filter.uids && !filter.uids.includes(lead.uid)) return false;
  const { createdAt } = filter;
  if (createdAt === undefined) return true;
  // A lead with no usable arrival time cannot be placed in a period: counting it would guess.
  if (lead.createdAt === null) return false;
  if (typeof createdAt === 'number') return lead.createdAt >= createdAt;
  if (createdAt.from !== undefined && lead.createdAt < createdAt.from) return false;
  if (createdAt.to !== undefined && lead.createdAt > createdAt.to) return false;
  return true;
}
