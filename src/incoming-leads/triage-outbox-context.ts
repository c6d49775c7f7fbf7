import { createContext, use, useCallback, useMemo, useSyncExternalStore } from 'react';
import type { DeclineReasonEntry, DeclineReasonFilter } from './decline-reasons';
import type { TriageAction } from './triage';
import type { TriageBatchResults, TriageOutbox } from './triage-outbox';

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

/**
 * Decline reasons recorded in the outbox's storage within the filter. A decline is recorded before the outbox
 * tells its subscribers, so the list follows every decline that goes through.
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
        entries = outbox.readDeclineReasons({ from, to, pipelineId });
      }
      return entries;
    };
  }, [outbox, from, to, pipelineId]);
  return useSyncExternalStore(outbox.subscribe, read, read);
}
