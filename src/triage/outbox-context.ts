import { createContext, use, useCallback, useMemo, useSyncExternalStore } from 'react';
import type { DeclineReasonEntry, DeclineReasonFilter } from './decline-reasons';
import type { TriageBatchResults, TriageOutbox } from './outbox-types';
import { EMPTY_OVERLAY, type PendingOverlay } from './pending-overlay';
import type { TriageAction } from './triage-action';

/** The app's one triage outbox; `App` provides it. */
export const TriageOutboxContext = createContext<TriageOutbox | null>(null);

export function useTriageOutbox(): TriageOutbox {
  const outbox = use(TriageOutboxContext);
  if (!outbox) {
    throw new Error(
      'useTriageOutbox needs a TriageOutboxContext provider: render the component inside <App outbox={…}>.',
    );
  }
  return outbox;
}

/** Every action the outbox holds, re-rendering when any of them changes. */
export function useTriageActions(): readonly TriageAction[] {
  const outbox = useTriageOutbox();
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot, outbox.getSnapshot);
}

/** False while this browser cannot store pending actions (storage full, blocked or missing). */
export function useTriageOutboxPersistence(): boolean {
  const outbox = useTriageOutbox();
  return useSyncExternalStore(outbox.subscribe, outbox.isPersistent, outbox.isPersistent);
}

/** Progress and per-item results of one bulk run; `null` when there is no run. */
export function useTriageBatchResults(batchId: string | null): TriageBatchResults | null {
  const outbox = useTriageOutbox();
  const read = useCallback(() => (batchId === null ? null : outbox.getBatchResults(batchId)), [outbox, batchId]);
  return useSyncExternalStore(outbox.subscribe, read, read);
}

/** A decline the manager has made that amoCRM has not confirmed yet, as the breakdown counts it. */
function pendingDeclines(actions: readonly TriageAction[], { from, to, pipelineId }: DeclineReasonFilter) {
  const entries: DeclineReasonEntry[] = [];
  for (const action of actions) {
    if (action.kind !== 'decline' || !action.reason || action.state === 'failed') continue;
    const { uid, category, pipelineId: pipeline } = action.lead;
    const at = action.queuedAt;
    if ((from !== undefined && at < from) || (to !== undefined && at > to)) continue;
    if (pipelineId !== undefined && pipeline !== pipelineId) continue;
    entries.push({ uid, reason: action.reason, at, category, pipelineId: pipeline });
  }
  return entries;
}

/**
 * Why leads were declined within the filter: those amoCRM confirmed, recorded in the outbox's storage, and those
 * still pending, from the moment the manager declines (an Undo takes them out again). A decline is recorded
 * before the outbox tells its subscribers and leaves the pending ones in the same change, so none counts twice.
 */
export function useDeclineReasons({ from, to, pipelineId }: DeclineReasonFilter): readonly DeclineReasonEntry[] {
  const outbox = useTriageOutbox();
  const read = useMemo(() => {
    let seen: readonly TriageAction[] | null = null;
    let entries: readonly DeclineReasonEntry[] = [];
    return () => {
      const snapshot = outbox.getSnapshot();
      if (snapshot !== seen) {
        seen = snapshot;
        const filter = { from, to, pipelineId };
        entries = [...outbox.readDeclineReasons(filter), ...pendingDeclines(snapshot, filter)];
      }
      return entries;
    };
  }, [outbox, from, to, pipelineId]);
  return useSyncExternalStore(outbox.subscribe, read, read);
}

const noChanges = () => () => {};
const noOverlay = () => EMPTY_OVERLAY;

/**
 * What every view lays over amoCRM's data: pending leads out of lists and counts, decisions in the summaries.
 * A view rendered without the outbox (a drawer on its own) has nothing pending.
 */
export function usePendingOverlay(): PendingOverlay {
  const outbox = use(TriageOutboxContext);
  const read = outbox?.getOverlay ?? noOverlay;
  return useSyncExternalStore(outbox?.subscribe ?? noChanges, read, read);
}
