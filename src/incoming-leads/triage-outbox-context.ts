import { createContext, use, useCallback, useSyncExternalStore } from 'react';
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

/** Progress and per-item results of one bulk run; `null` when there is no run. */
export function useTriageBatchResults(batchId: string | null): TriageBatchResults | null {
  const outbox = useTriageOutbox();
  const read = useCallback(() => (batchId === null ? null : outbox.getBatchResults(batchId)), [outbox, batchId]);
  return useSyncExternalStore(outbox.subscribe, read, read);
}
