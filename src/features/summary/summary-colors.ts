import type { Outcome } from './summary-shares';

// Theme colours, so the charts follow light and dark; shade 7 stands out on both backgrounds (3:1 or more).
export const OUTCOME_COLORS: Record<Outcome, string> = {
  accepted: 'teal.7',
  declined: 'red.7',
  waiting: 'gray.6',
};

export const TREND_COLORS = { total: 'indigo.6', accepted: 'teal.7', declined: 'red.7' } as const;
