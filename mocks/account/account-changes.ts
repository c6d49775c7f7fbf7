import type { IncomingLeadRecord, IncomingState } from './records';

/** How an incoming lead left the waiting set. */
export type SortedState = Exclude<IncomingState, 'pending'>;

/** What changed in the waiting set of incoming leads, told by the account the moment it changes. */
export type AccountChange =
  | { type: 'arrived'; record: IncomingLeadRecord }
  /** `byUserId`: the user the request named (`user_id`), else the user who sent it. */
  | { type: 'left'; record: IncomingLeadRecord; how: SortedState; byUserId: number };

/** What the emulator tells: the account's changes, and `replaced` when a reset or a scenario swaps the account. */
export type EmulatorChange = AccountChange | { type: 'replaced' };

export type ChangeListener<T> = (change: T) => void;

export interface ChangeSubscription<T> {
  /** Calls `listener` with every change from now on; the returned function stops that. */
  subscribe(listener: ChangeListener<T>): () => void;
}

export interface ChangeHub<T> extends ChangeSubscription<T> {
  emit(change: T): void;
}

export function createChangeHub<T>(): ChangeHub<T> {
  const listeners = new Set<ChangeListener<T>>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit(change) {
      for (const listener of [...listeners]) listener(change);
    },
  };
}
