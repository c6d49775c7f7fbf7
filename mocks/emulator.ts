import type { HttpHandler } from 'msw';
import { accountHandlers } from './account-handlers';
import { crmHandlers } from './crm-handlers';
import { createDb, type Db } from './db';
import type { EmulatorState } from './emulator-state';
import { preflightHandler, unmatchedHandler } from './fallback-handlers';
import { createRoutes } from './gate';
import { clearDb, type KeyValueStorage, loadDb, saveDb } from './persistence';
import { createRandom } from './prng';
import { createRateLimiter } from './rate-limiter';
import { seedAccount } from './seed';
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

export interface EmulatorOptions {
  size?: 'demo' | 'load';
  loadCount?: number;
  now?: () => number;
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
}

const CHAOS_SEED = 0xf1a4;
const DEMO_SIZE = { incoming: 300, history: 160 };

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const now = options.now ?? Date.now;
  const storage = options.storage ?? null;
  const isLoad = options.size === 'load';
  const incomingCount = isLoad ? (options.loadCount ?? 10_000) : DEMO_SIZE.incoming;
  const historyCount = isLoad ? Math.max(DEMO_SIZE.history, Math.round(incomingCount / 20)) : DEMO_SIZE.history;

  const seeded = (withIncoming: boolean): Db => {
    const db = createDb();
    seedAccount(db, { now: Math.floor(now() / 1000), incomingCount, historyCount, withIncoming });
    return db;
  };
  // The empty account is a view for one scenario; it never replaces the stored demo account.
  const accountFor = (scenario: ScenarioName | null): Db =>
    scenario === 'empty-account' ? seeded(false) : ((storage && loadDb(storage)) ?? seeded(true));

  const initialScenario = options.scenario ?? null;
  const state: EmulatorState = {
    db: accountFor(initialScenario),
    quirks: { ...DEFAULT_QUIRKS, ...options.quirks },
    scenario: initialScenario,
    impliedToken: options.impliedToken ?? null,
    latencyMs: options.latencyMs ?? 0,
    now,
    limiter: createRateLimiter(),
    chaos: createRandom(CHAOS_SEED),
    persist: () => {
      if (storage && state.scenario !== 'empty-account') saveDb(storage, state.db);
    },
  };

  const routes = createRoutes(state);
  const handlers: HttpHandler[] = [
    preflightHandler(state),
    ...unsortedReadHandlers(routes),
    ...unsortedAddHandlers(routes),
    ...unsortedActionHandlers(routes),
    ...accountHandlers(routes),
    ...crmHandlers(routes),
    unmatchedHandler(state, routes),
  ];

  return {
    handlers,
    get db() {
      return state.db;
    },
    reset() {
      if (storage) clearDb(storage);
      state.scenario = initialScenario;
      state.quirks = { ...DEFAULT_QUIRKS, ...options.quirks };
      state.impliedToken = options.impliedToken ?? null;
      state.limiter.reset();
      state.chaos = createRandom(CHAOS_SEED);
      state.db = accountFor(initialScenario);
    },
    setScenario(name) {
      const changesAccount = (state.scenario === 'empty-account') !== (name === 'empty-account');
      state.scenario = name;
      if (changesAccount) state.db = accountFor(name);
    },
    setQuirks(quirks) {
      state.quirks = { ...state.quirks, ...quirks };
    },
    setImpliedToken(token) {
      state.impliedToken = token;
    },
  };
}
