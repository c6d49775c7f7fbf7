import type { ChangeSubscription, EmulatorChange } from './account/account-changes';
import type { Db } from './account/db';
import type { KeyValueStorage } from './account/persistence';
import type { Random } from './account/prng';
import type { RateLimiter } from './handlers/rate-limiter';
import type { Quirks } from './scenarios/quirks';
import type { ScenarioName } from './scenarios/scenario-names';

/** The time the emulator reads and waits on; a test's own clock fits, as the app's does. */
export interface EmulatorClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface EmulatorOptions {
  size?: 'demo' | 'load';
  loadCount?: number;
  clock?: EmulatorClock;
  impliedToken?: string | null;
  scenario?: ScenarioName | null;
  quirks?: Partial<Quirks>;
  storage?: KeyValueStorage | null;
  latencyMs?: number;
}

/** Everything a handler may read or change; handlers look it up per request, so switches apply at once. */
export interface EmulatorState {
  db: Db;
  quirks: Quirks;
  scenario: ScenarioName | null;
  impliedToken: string | null;
  latencyMs: number;
  /** Milliseconds, injectable so rate-limit and latency tests need no real waiting. */
  now(): number;
  /** Waits on the same clock as `now`: network latency and the slow scenario. */
  wait(ms: number): Promise<void>;
  /** Runs `callback` after `ms` on the same clock, unless the returned function cancels it first. */
  later(ms: number, callback: () => void): () => void;
  /** Every arrival and sort in the account, and every swap of the account (the change feed listens here). */
  changes: ChangeSubscription<EmulatorChange>;
  limiter: RateLimiter;
  /** Drives the flaky scenario; seeded, so a flaky run fails the same requests every time. */
  chaos: Random;
  /** Called after every successful change to the account. */
  persist(): void;
}

export const nowSeconds = (state: EmulatorState): number => Math.floor(state.now() / 1000);
