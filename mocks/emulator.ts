import type { HttpHandler } from 'msw';
import { createAccountSource } from './account/account-source';
import type { Db } from './account/db';
import { createRandom } from './account/prng';
import type { EmulatorClock, EmulatorOptions, EmulatorState } from './emulator-state';
import { accountHandlers } from './handlers/account-handlers';
import { crmHandlers } from './handlers/crm-handlers';
import { preflightHandler, unmatchedHandler } from './handlers/fallback-handlers';
import { createRoutes } from './handlers/gate';
import { createRateLimiter } from './handlers/rate-limiter';
import { unsortedActionHandlers } from './handlers/unsorted-action-handlers';
import { unsortedAddHandlers } from './handlers/unsorted-add-handlers';
import { unsortedReadHandlers } from './handlers/unsorted-read-handlers';
import { DEFAULT_QUIRKS, type Quirks } from './scenarios/quirks';
import type { ScenarioName } from './scenarios/scenario-names';

const SYSTEM_CLOCK: EmulatorClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
};

export interface Emulator {
  readonly handlers: HttpHandler[];
  readonly db: Db;
  reset(): void;
  setScenario(name: ScenarioName | null): void;
  setQuirks(quirks: Partial<Quirks>): void;
  setImpliedToken(token: string | null): void;
  /** Runs rate limits, timestamps and latency on `clock` until the next reset; null for the system clock. */
  setClock(clock: EmulatorClock | null): void;
}

const CHAOS_SEED = 0xf1a4;

function buildHandlers(state: EmulatorState): HttpHandler[] {
  const routes = createRoutes(state);
  return [
    preflightHandler(state),
    ...unsortedReadHandlers(routes),
    ...unsortedAddHandlers(routes),
    ...unsortedActionHandlers(routes),
    ...accountHandlers(routes),
    ...crmHandlers(routes),
    unmatchedHandler(state, routes),
  ];
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const accounts = createAccountSource(options);
  const settings = () => ({
    scenario: options.scenario ?? null,
    quirks: { ...DEFAULT_QUIRKS, ...options.quirks },
    impliedToken: options.impliedToken ?? null,
    chaos: createRandom(CHAOS_SEED),
  });
  let clock = options.clock ?? SYSTEM_CLOCK;
  const state: EmulatorState = {
    ...settings(),
    db: accounts.accountFor(options.scenario ?? null),
    latencyMs: options.latencyMs ?? 0,
    now: () => clock.now(),
    wait: (ms) => new Promise((resolve) => clock.setTimeout(resolve, ms)),
    limiter: createRateLimiter(),
    persist: () => accounts.save(state.db, state.scenario),
  };
  return {
    handlers: buildHandlers(state),
    get db() {
      return state.db;
    },
    reset() {
      accounts.forget();
      clock = options.clock ?? SYSTEM_CLOCK;
      Object.assign(state, settings());
      state.limiter.reset();
      state.db = accounts.accountFor(state.scenario);
    },
    setScenario(name) {
      const changesAccount = (state.scenario === 'empty-account') !== (name === 'empty-account');
      state.scenario = name;
      if (changesAccount) state.db = accounts.accountFor(name);
    },
    setQuirks(quirks) {
      state.quirks = { ...state.quirks, ...quirks };
    },
    setImpliedToken(token) {
      state.impliedToken = token;
    },
    setClock(next) {
      clock = next ?? options.clock ?? SYSTEM_CLOCK;
    },
  };
}
