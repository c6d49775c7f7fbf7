import type { DayRange, SummaryPreset } from './summary-range';

/** What the summary shows: a preset or custom range of whole days, and one pipeline or all. */
export interface SummaryView {
  preset: SummaryPreset;
  range: DayRange;
  pipelineId: number | undefined;
}

/** The URL fields the summary writes; `from` and `to` only for a custom range. */
export interface SummarySearchChange {
  range?: SummaryPreset;
  from?: string;
  to?: string;
  pipeline?: number;
}
