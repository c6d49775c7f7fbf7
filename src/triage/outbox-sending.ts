import type { Clock } from '@/lib/clock';
import type { ApiClient } from '@/lib/http';
import { recordDeclineReason } from './decline-reasons';
import { applyAnswer, type Mine, nextDue, nextWake, patch, promoteDue, without } from './outbox-state';
import type { OutboxStorage } from './outbox-storage';
import { sendTriageAction, type TriageSendResult } from './send-action';
import type { SettlementBook } from './settlement-book';
import type { TriageAction, TriageOutcome } from './triage-action';

/** The outbox as the send loop sees it: its actions, how to change them, and whose they are to send. */
export interface OutboxCore {
  actions(): readonly TriageAction[];
  /** Replaces the actions and tells every view and every tab. */
  commit(actions: readonly TriageAction[]): void;
  /** The action as it stands now, read back from storage: another tab may have undone or changed it. */
  current(id: string): TriageAction | undefined;
  mine: Mine;
  emit(outcome: TriageOutcome): void;
  isDisposed(): boolean;
  /** Something reached amoCRM, or the last pending action settled: the lists may need a refresh. */
  onSent(): void;
  onSettled(): void;
}

export interface SendLoopOptions {
  core: OutboxCore;
  book: SettlementBook;
  api: ApiClient;
  clock: Clock;
  storage: OutboxStorage | null;
  tab: string;
  isOnline: () => boolean;
  rateLimitWait: { minMs: number; maxMs: number };
}

/**
 * Sends due actions one at a time, oldest first, and sleeps on the injected clock until the next one falls due.
 * Run it whenever something may have become due; it never runs twice at once.
 */
export function createSendLoop({ core, book, api, clock, storage, tab, isOnline, rateLimitWait }: SendLoopOptions) {
  let running = false;
  let timer: unknown = null;
  let inflight: AbortController | null = null;

  function arm(): void {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    if (core.isDisposed()) return;
    // Only what falls due later: anything due now is the loop's, or waits for the connection.
    const time = clock.now();
    const next = nextWake(core.actions(), time, core.mine);
    if (next === null) return;
    timer = clock.setTimeout(() => {
      timer = null;
      void run();
    }, next - time);
  }

  /** Storage is the truth the tabs share: an action another tab undid or changed is not sent as it was. */
  function stillDue(action: TriageAction): boolean {
    const fresh = core.current(action.id);
    return fresh !== undefined && fresh.state === action.state && fresh.sendAt === action.sendAt;
  }

  async function run(): Promise<void> {
    if (running || core.isDisposed()) return;
    running = true;
    try {
      for (;;) {
        const promoted = promoteDue(core.actions(), clock.now(), core.mine);
        if (promoted !== core.actions()) core.commit(promoted);
        if (core.isDisposed() || !isOnline()) break;
        const next = nextDue(core.actions(), clock.now(), core.mine);
        if (!next) break;
        if (stillDue(next)) await send(next);
      }
    } finally {
      running = false;
    }
    arm();
  }

  async function send(action: TriageAction): Promise<void> {
    const sending = { ...action, state: 'sending', attempts: action.attempts + 1, sender: tab } as TriageAction;
    core.onSent();
    core.commit(patch(core.actions(), action.id, sending));
    const controller = new AbortController();
    inflight = controller;
    let result: TriageSendResult;
    try {
      result = await sendTriageAction(api, sending, controller.signal, rateLimitWait);
    } catch {
      return; // aborted by dispose: the next sender checks with amoCRM and sends it again if it has to
    } finally {
      inflight = null;
    }
    if (core.isDisposed()) return;
    conclude(sending, result);
    core.onSettled();
  }

  function conclude(action: TriageAction, result: TriageSendResult): void {
    if (result.type === 'done' || result.type === 'already-handled') {
      // The reason first: a tab that hears of the settlement reads it at once.
      if (result.type === 'done' && action.kind === 'decline' && action.reason) {
        const { uid, category, pipelineId } = action.lead;
        recordDeclineReason(storage, { uid, reason: action.reason, at: clock.now(), category, pipelineId });
      }
      book.record(action, result.type);
      core.commit(without(core.actions(), action.id));
      core.emit({ result: result.type, action });
      return;
    }
    const effect = applyAnswer(core.actions(), action, result, { now: clock.now(), isOnline: isOnline() });
    core.commit(effect.actions);
    if (effect.failure) core.emit({ result: 'failed', ...effect.failure });
  }

  return {
    run,
    arm,
    dispose(): void {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      inflight?.abort();
    },
  };
}

export type SendLoop = ReturnType<typeof createSendLoop>;
