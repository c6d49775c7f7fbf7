import type { IncomingLead, IncomingLeadSummary, SummaryFilter } from '@/incoming-leads/incoming-lead';
import { bumpSummary, summaryEffect } from './summary-effect';
import type { TriageKind } from './triage-action';

/**
 * A decision the summaries count before amoCRM's own figures do: a pending action, or one that went through
 * after the figures were fetched.
 */
export interface CountedDecision {
  id: string;
  kind: TriageKind;
  lead: IncomingLead;
  /** When the manager made it, epoch ms on the outbox's clock: the period it falls in. */
  decidedAt: number;
  /** When this browser learned it went through, epoch ms on the wall clock, as query data is stamped; null while pending. */
  settledAt: number | null;
}

/**
 * What the outbox lays over amoCRM's data when a view reads it. The query cache holds only what amoCRM said;
 * every view shows it through this, so a refetch can land at any moment and Undo is just the action leaving.
 */
export interface PendingOverlay {
  /** Leads out of the inbox: an action on them is pending, or went through from this browser. */
  hidden: ReadonlySet<string>;
  counted: readonly CountedDecision[];
}

export const EMPTY_OVERLAY: PendingOverlay = Object.freeze({ hidden: new Set<string>(), counted: [] });

/** Whether two overlays say the same: a view re-renders only when what it lays over its data changes. */
export function sameOverlay(a: PendingOverlay, b: PendingOverlay): boolean {
  if (a === b) return true;
  if (a.hidden.size !== b.hidden.size || a.counted.length !== b.counted.length) return false;
  for (const uid of a.hidden) if (!b.hidden.has(uid)) return false;
  return a.counted.every((decision, index) => {
    const other = b.counted[index];
    return other?.id === decision.id && other.settledAt === decision.settledAt;
  });
}

/** The leads the overlay leaves in; the same array when it hides none of them. */
export function withoutHidden<T extends IncomingLead>(leads: readonly T[], overlay: PendingOverlay): readonly T[] {
  if (overlay.hidden.size === 0 || !leads.some((lead) => overlay.hidden.has(lead.uid))) return leads;
  return leads.filter((lead) => !overlay.hidden.has(lead.uid));
}

/**
 * The summary as it stands with the manager's decisions: pending ones always count, settled ones only in figures
 * fetched before the decision went through (later figures are amoCRM's own and have it).
 */
export function summaryWithPending(
  summary: IncomingLeadSummary,
  filter: SummaryFilter | undefined,
  overlay: PendingOverlay,
  fetchedAt: number,
): IncomingLeadSummary {
  let next = summary;
  for (const decision of overlay.counted) {
    if (decision.settledAt !== null && fetchedAt > decision.settledAt) continue;
    const effect = summaryEffect(filter, decision.lead, decision.decidedAt);
    if (effect !== null) next = bumpSummary(next, decision.kind, 1, effect);
  }
  return next;
}
