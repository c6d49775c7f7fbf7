import type { EmulatorOptions } from '../emulator-state';
import type { ScenarioName } from '../scenarios/scenario-names';
import { createDb, type Db } from './db';
import { clearDb, loadDb, saveDb } from './persistence';
import { seedAccount } from './seed';

/** Where the emulator's account comes from: the storage when one was kept, otherwise a fresh seed. */
export interface AccountSource {
  accountFor(scenario: ScenarioName | null): Db;
  save(db: Db, scenario: ScenarioName | null): void;
  forget(): void;
}

const DEMO_SIZE = { incoming: 300, history: 160 };

export function createAccountSource(options: EmulatorOptions): AccountSource {
  const now = () => options.clock?.now() ?? Date.now();
  const storage = options.storage ?? null;
  const isLoad = options.size === 'load';
  const incomingCount = isLoad ? (options.loadCount ?? 10_000) : DEMO_SIZE.incoming;
  const historyCount = isLoad ? Math.max(DEMO_SIZE.history, Math.round(incomingCount / 20)) : DEMO_SIZE.history;
  const seeded = (withIncoming: boolean): Db => {
    const db = createDb();
    seedAccount(db, { now: Math.floor(now() / 1000), incomingCount, historyCount, withIncoming });
    return db;
  };
  return {
    // The empty account is a view for one scenario; it never replaces or overwrites the kept account.
    accountFor: (scenario) =>
      scenario === 'empty-account' ? seeded(false) : ((storage && loadDb(storage)) ?? seeded(true)),
    save: (db, scenario) => {
      if (storage && scenario !== 'empty-account') saveDb(storage, db);
    },
    forget: () => {
      if (storage) clearDb(storage);
    },
  };
}
