import { actionKey, type OutboxStorage, readStoredAction, writeEntry } from './outbox-storage';
import type { TriageAction } from './triage-action';

/**
 * This tab's copy of the actions in storage, which every tab shares: each action is written under its own key
 * when it changes, and read back just before this tab acts on it, since another tab may have moved it on.
 */
export function createOutboxReplica(storage: OutboxStorage | null, initial: readonly TriageAction[]) {
  /** Each action as this tab last wrote or read it in storage: a write touches only what differs. */
  let written = new Map(initial.map((action) => [action.id, action]));
  /** Actions storage refused: only this tab has them, so this tab sends them whoever the sender is. */
  const unsaved = new Set<string>();
  let persistent = storage !== null;

  return {
    isPersistent: () => persistent,
    isUnsaved: (id: string) => unsaved.has(id),

    /** Writes the actions that changed since the last write, each under its own key, and removes the ones gone. */
    write(actions: readonly TriageAction[]): void {
      const current = new Map(actions.map((action) => [action.id, action]));
      for (const [id, action] of current) {
        if (written.get(id) === action) continue;
        const saved = writeEntry(storage, actionKey(id), action);
        persistent = saved;
        if (saved) unsaved.delete(id);
        else unsaved.add(id);
      }
      for (const id of written.keys()) {
        if (current.has(id)) continue;
        unsaved.delete(id);
        if (storage) writeEntry(storage, actionKey(id), null);
      }
      written = current;
      if (unsaved.size > 0) persistent = false;
    },

    /** What another tab wrote is what storage holds: nothing to write back. */
    adopt(id: string, action: TriageAction | null): void {
      if (action) written.set(id, action);
      else written.delete(id);
      unsaved.delete(id);
    },

    /** The action as storage has it now, if another tab changed it: null when it is gone, undefined when not news. */
    readBack(local: TriageAction): TriageAction | null | undefined {
      if (!storage || unsaved.has(local.id)) return undefined;
      const fresh = readStoredAction(storage, local.id);
      // Read back from storage it is a new object: only a different content is news.
      if (fresh === undefined || (fresh !== null && JSON.stringify(fresh) === JSON.stringify(local))) return undefined;
      if (fresh === null) written.delete(local.id);
      else written.set(local.id, fresh);
      return fresh;
    },

    /** Storage was cleared or replaced: its actions, plus the ones only this tab has. */
    reload(actions: readonly TriageAction[], stored: readonly TriageAction[]): TriageAction[] {
      const kept = actions.filter((action) => unsaved.has(action.id));
      written = new Map(stored.map((action) => [action.id, action]));
      return [...stored.filter((action) => !unsaved.has(action.id)), ...kept];
    },
  };
}

export type OutboxReplica = ReturnType<typeof createOutboxReplica>;
