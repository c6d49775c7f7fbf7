import type { HttpHandler } from 'msw';
import { accountHandlers } from './account-handlers';
import { createAccountSource } from './account-source';
import { crmHandlers } from './crm-handlers';
import type { Db } from './db';
import type { EmulatorState } from './emulator-state';
import { preflightHandler, unmatchedHandler } from './fallback-handlers';
import { createRoutes } from './gate';
import type { KeyValueStorage } from './persistence';
import { createRandom } from './prng';
import { createRateLimiter } from './rate-limiter';
import { unsortedActionHandlers } from './unsorted-action-handlers';
import { unsortedAddHandlers } from './unsorted-add-handlers';
import { unsortedReadHandlers } from './unsorted-read-handlers';

export type ScenarioName =
  | 'slow'
  | 'flaky'
  | 'rate-limited'
  | 'expired-token'
  | 'server-error'
  | 'network-failure'
  | 'empty-account'
  | 'manager';

/** Behaviours where sources disagree or only indirect evidence exists (facts, [I] marks): default plus switch. */
export interface Quirks {
  missingIncomingLead: 204 | 404;
  alwaysNextLink: boolean;
  alreadyProcessed: 400 | 404 | 204;
  duplicates: 'error' | 'tag';
  rateLimitBody: 'problem' | 'html';
  rateLimitPerSecond: number;
  blockAfter: number;
  serverErrorShape: 'legacy' | 'kommo';
  unpaid: boolean;
  linksHost: string | null;
  locale: 'ru' | 'en';
  strictCors: boolean;
}

export const DEFAULT_QUIRKS: Quirks = {
  missingIncomingLead: 204,
  alwaysNextLink: false,
  alreadyProcessed: 400,
  duplicates: 'error',
  rateLimitBody: 'problem',
  rateLimitPerSecond: 7,
  blockAfter: 10,
  serverErrorShape: 'legacy',
  unpaid: false,
  linksHost: null,
  locale: 'ru',
  strictCors: true,
};

/** The time the emulator reads and waits on; a test's own clock fits, as the app's does. */
export interface EmulatorClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
}

const SYSTEM_CLOCK: EmulatorClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
};

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
