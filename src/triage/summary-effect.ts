import type { InfiniteData } from '@tanstack/react-query';
import type { IncomingLead, IncomingLeadSummary, SummaryFilter } from '@/incoming-leads/incoming-lead';
import type { TriageKind } from './triage-action';

/**
 * Pure updaters for the caches a triage action touches: the infinite lists (every filter, every page), the
 * waiting sets and the summaries. Each returns the same reference when nothing changes, so a caller can tell
 * a no-op from a write.
 */

/** Any page that carries incoming leads: the plain list page and the inbox page with its look-ups. */
export interface PageWithItems {
  items: IncomingLead[];
}

export type ListData<P extends PageWithItems = PageWithItems> = InfiniteData<P, unknown>;

/** Where a lead sat in a paged list, so a rollback puts it back in the same place. */
export interface ListPosition {
  pageIndex: number;
  itemIndex: number;
}

export interface Removal<D, P> {
  data: D;
  /** Where each removed lead was, by uid. Empty when nothing was removed. */
  removed: Map<string, P>;
}

export function isListData(data: unknown): data is ListData {
  if (typeof data !== 'object' || data === null || !('pages' in data)) return false;
  const { pages } = data as { pages: unknown };
  return Array.isArray(pages) && pages.every((page) => Array.isArray((page as PageWithItems | null)?.items));
}

export function isLeadSet(data: unknown): data is IncomingLead[] {
  return Array.isArray(data);
}

export function isSummary(data: unknown): data is IncomingLeadSummary {
  return typeof data === 'object' && data !== null && typeof (data as IncomingLeadSummary).waiting === 'number';
}

/** Removes the given uids from every loaded page. */
export function removeFromList<P extends PageWithItems>(
  data: ListData<P>,
  uids: ReadonlySet<string>,
): Removal<ListData<P>, ListPosition> {
  const removed = new Map<string, ListPosition>();
  if (uids.size === 0) return { data, removed };
  let changed = false;
  const pages = data.pages.map((page, pageIndex) => {
    if (!page.items.some((lead) => uids.has(lead.uid))) return page;
    changed = true;
    const items: IncomingLead[] = [];
    page.items.forEach((lead, itemIndex) => {
      if (uids.has(lead.uid)) removed.set(lead.uid, { pageIndex, itemIndex });
      else items.push(lead);
    });
    return { ...page, items };
  });
  return changed ? { data: { ...data, pages }, removed } : { data, removed };
}

function listHas(data: ListData, uid: string): boolean {
  return data.pages.some((page) => page.items.some((lead) => lead.uid === uid));
}

/** Puts the lead back where it was; a list that already shows it, or has no pages, is left as it is. */
export function restoreToList<P extends PageWithItems>(
  data: ListData<P>,
  lead: IncomingLead,
  position: ListPosition,
): ListData<P> {
  if (data.pages.length === 0 || listHas(data, lead.uid)) return data;
  // A refetch may have left fewer pages than there were: the lead goes to the end of what is loaded.
  const pageIndex = Math.min(position.pageIndex, data.pages.length - 1);
  const pages = data.pages.map((page, index) => {
    if (index !== pageIndex) return page;
    const at = pageIndex === position.pageIndex ? Math.min(position.itemIndex, page.items.length) : page.items.length;
    return { ...page, items: [...page.items.slice(0, at), lead, ...page.items.slice(at)] };
  });
  return { ...data, pages };
}

/** Removes the given uids from a waiting set, recording each one's index. */
export function removeFromSet(data: IncomingLead[], uids: ReadonlySet<string>): Removal<IncomingLead[], number> {
  const removed = new Map<string, number>();
  if (uids.size === 0 || !data.some((lead) => uids.has(lead.uid))) return { data, removed };
  const kept: IncomingLead[] = [];
  data.forEach((lead, index) => {
    if (uids.has(lead.uid)) removed.set(lead.uid, index);
    else kept.push(lead);
  });
  return { data: kept, removed };
}

export function restoreToSet(data: IncomingLead[], lead: IncomingLead, index: number): IncomingLead[] {
  if (data.some((item) => item.uid === lead.uid)) return data;
  const at = Math.min(Math.max(0, index), data.length);
  return [...data.slice(0, at), lead, ...data.slice(at)];
}

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
