import type { HttpHandler } from 'msw';
import { type ChangeSubscription, createChangeHub, type EmulatorChange } from './account/account-changes';
import { createAccountSource } from './account/account-source';
import type { Db } from './account/db';
import { createRandom } from './account/prng';
import type { EmulatorClock, EmulatorOptions, EmulatorState } from './emulator-state';
import { accountHandlers } from './handlers/account-handlers';
import { changeFeedHandler } from './handlers/change-feed-handler';
import { crmHandlers } from './handlers/crm-handlers';
import { preflightHandler, unmatchedHandler } from './handlers/fallback-handlers';
import { createRoutes } from './handlers/gate';
import { createRateLimiter } from './handlers/rate-limiter';
import { unsortedActionHandlers } from './handlers/unsorted-action-handlers';
import { unsortedAddHandlers } from './handlers/unsorted-add-handlers';
import { unsortedReadHandlers } from './handlers/unsorted-read-handlers';
import { type BusyTeam, startBusyTeam } from './scenarios/busy-team';
import { DEFAULT_QUIRKS, type Quirks } from './scenarios/quirks';
import type { ScenarioName } from './scenarios/scenario-names';

const SYSTEM_CLOCK: EmulatorClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export interface Emulator {
  /** amoCRM's API: everything the standalone server serves. */
  readonly handlers: HttpHandler[];
  /**
   * The team server's change feed (`GET <base>/team/feed`), which amoCRM does not have: the demo's worker and the
   * Vitest server put it before `handlers`; the standalone server leaves it out.
   */
  readonly changeFeedHandler: HttpHandler;
  readonly db: Db;
  /** Every incoming lead that arrives or is sorted, and every swap of the account (a reset, an empty account). */
  readonly changes: ChangeSubscription<EmulatorChange>;
  /** Restores the account and the settings it was built with; the busy team stops (and starts again if chosen). */
  reset(): void;
  setScenario(name: ScenarioName | null): void;
  setQuirks(quirks: Partial<Quirks>): void;
  setImpliedToken(token: string | null): void;
  /** Runs rate limits, timestamps and latency on `clock` until the next reset; null for the system clock. */
  setClock(clock: EmulatorClock | null): void;
  /** Stops what runs on the emulator's own timers (the busy team) until a scenario starts it again. */
  stop(): void;
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
  const changes = createChangeHub<EmulatorChange>();
  /** The account in use tells its changes; one it replaces tells nobody any more. */
  const live = (db: Db): Db => {
    db.onChange = changes.emit;
    return db;
  };
  const state: EmulatorState = {
    ...settings(),
    db: live(accounts.accountFor(options.scenario ?? null)),
    latencyMs: options.latencyMs ?? 0,
    now: () => clock.now(),
    wait: (ms) => new Promise((resolve) => clock.setTimeout(resolve, ms)),
    later: (ms, callback) => {
      const on = clock;
      const handle = on.setTimeout(callback, ms);
      return () => on.clearTimeout(handle);
    },
    changes,
    limiter: createRateLimiter(),
    persist: () => accounts.save(state.db, state.scenario),
  };
  const replaceAccount = (db: Db) => {
    state.db.onChange = null;
    state.db = live(db);
    changes.emit({ type: 'replaced' });
  };
  let team: BusyTeam | null = null;
  const stopTeam = () => {
    team?.stop();
    team = null;
  };
  const syncTeam = () => {
    if (state.scenario !== 'busy-team') stopTeam();
    else team ??= startBusyTeam(state);
  };
  syncTeam();
  // Made on first use, so an emulator that never serves the feed (the standalone server) keeps no events.
  let feed: HttpHandler | null = null;
  return {
    handlers: buildHandlers(state),
    get changeFeedHandler() {
      feed ??= changeFeedHandler(state);
      return feed;
    },
    get db() {
      return state.db;
    },
    changes,
    reset() {
      stopTeam();
      accounts.forget();
      clock = options.clock ?? SYSTEM_CLOCK;
      Object.assign(state, settings());
      state.limiter.reset();
      replaceAccount(accounts.accountFor(state.scenario));
      syncTeam();
    },
    setScenario(name) {
      const changesAccount = (state.scenario === 'empty-account') !== (name === 'empty-account');
      state.scenario = name;
      if (changesAccount) replaceAccount(accounts.accountFor(name));
      syncTeam();
    },
    setQuirks(quirks) {
      state.quirks = { ...state.quirks, ...quirks };
    },
    setImpliedToken(token) {
      state.impliedToken = token;
    },
    setClock(next) {
      clock = next ?? options.clock ?? SYSTEM_CLOCK;
      // A team already at work moves to the new clock.
      if (team) {
        stopTeam();
        syncTeam();
      }
    },
    stop: stopTeam,
  };
}
