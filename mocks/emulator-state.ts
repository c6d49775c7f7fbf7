import type { Db } from './db';
import type { Quirks, ScenarioName } from './emulator';
import type { Random } from './prng';
import type { RateLimiter } from './rate-limiter';

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
  limiter: RateLimiter;
  /** Drives the flaky scenario; seeded, so a flaky run fails the same requests every time. */
  chaos: Random;
  /** Called after every successful change to the account. */
  persist(): void;
}

export const nowSeconds = (state: EmulatorState): number => Math.floor(state.now() / 1000);
