import { type IncomingLeadSummary, LEAD_CATEGORIES, type LeadCategory } from '@/incoming-leads/incoming-lead';

export type Outcome = 'accepted' | 'declined' | 'waiting';
export const OUTCOMES: readonly Outcome[] = ['accepted', 'declined', 'waiting'];

export interface Share<K extends string> {
  key: K;
  count: number;
  /** Of the whole, 0–1; 0 when the whole is empty. */
  share: number;
}

function shares<K extends string>(entries: readonly (readonly [K, number])[]): Share<K>[] {
  const whole = entries.reduce((sum, [, count]) => sum + count, 0);
  return entries.map(([key, count]) => ({ key, count, share: whole === 0 ? 0 : count / whole }));
}

/** Accepted, declined and still waiting, as parts of everything counted. */
export function outcomeShares(summary: IncomingLeadSummary): Share<Outcome>[] {
  return shares(OUTCOMES.map((outcome) => [outcome, summary[outcome]] as const));
}

/** Incoming leads per channel, most first; channels with none stay, so the chart always has all four. */
export function categoryShares(summary: IncomingLeadSummary): Share<LeadCategory>[] {
  return shares(LEAD_CATEGORIES.map((category) => [category, summary.categories[category]] as const)).sort(
    (a, b) => b.count - a.count,
  );
}
