import { useTriageActions, useTriageOutbox } from '@/triage/outbox-context';
import { PendingActionsTray } from './pending-actions-tray';
import { latestUndoable } from './triage-keys';
import { useTriageShortcuts } from './use-triage-shortcuts';

/**
 * The pending actions on every page: the tray (countdown, Undo, progress, Retry) and `z`, which takes back the
 * newest action still in its undo window, wherever the manager went after acting.
 */
export function PendingActions({ isBesideDrawer }: { isBesideDrawer: boolean }) {
  const outbox = useTriageOutbox();
  const undoable = latestUndoable(useTriageActions());
  useTriageShortcuts({ undo: undoable && (() => outbox.undo(undoable.id)) });
  return <PendingActionsTray isBesideDrawer={isBesideDrawer} />;
}
