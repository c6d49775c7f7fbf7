import { type IncomingLead, LEAD_CATEGORIES, type LeadCategory } from '@/incoming-leads/incoming-lead';
import type { InboxSort } from './inbox-view';

export function countByCategory(waiting: readonly IncomingLead[]): Record<LeadCategory, number> {
  const counts = Object.fromEntries(LEAD_CATEGORIES.map((category) => [category, 0])) as Record<LeadCategory, number>;
  for (const lead of waiting) counts[lead.category] += 1;
  return counts;
}

export interface ArrivalsInput {
  /** Everything waiting in the pipeline, freshly polled. */
  waiting: readonly IncomingLead[];
  /** What the list has loaded, in its order. */
  loaded: readonly IncomingLead[];
  categories: readonly LeadCategory[] | undefined;
  sort: InboxSort;
  /** The list has loaded its last page. */
  isComplete: boolean;
}

/**
 * Incoming leads that came in after the list was loaded: waiting, in the chosen categories, not in the list,
 * and at least as new as the newest row it has. Oldest-first, a list with pages still to load cannot tell a
 * new lead from one further down, and scrolling reaches them anyway, so it reports none.
 */
export function findNewArrivals({ waiting, loaded, categories, sort, isComplete }: ArrivalsInput): IncomingLead[] {
  if (sort === 'oldest' && !isComplete) return [];
  const listed = new Set(loaded.map((lead) => lead.uid));
  const newest = loaded.reduce((max, lead) => Math.max(max, lead.createdAt ?? max), Number.NEGATIVE_INFINITY);
  return waiting.filter(
    (lead) =>
      !listed.has(lead.uid) &&
      lead.createdAt !== null &&
      lead.createdAt >= newest &&
      (categories === undefined || categories.length === 0 || categories.includes(lead.category)),
  );
}
