import { createDb, type Db } from './db';
import type { CompanyRecord, ContactRecord, IncomingLeadRecord, LeadRecord, TagRecord } from './records';

/** Keeps the demo account across reloads; pipelines and users come from the catalog, not from storage. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const STORAGE_KEY = 'amocrm-emulator/account/v1';

interface StoredAccount {
  version: 1;
  tags: TagRecord[];
  contacts: ContactRecord[];
  companies: CompanyRecord[];
  leads: LeadRecord[];
  incoming: IncomingLeadRecord[];
  nextId: Db['nextId'];
  uidState: number;
}

export function saveDb(storage: KeyValueStorage, db: Db): void {
  const stored: StoredAccount = {
    version: 1,
    tags: [...db.tags.values()],
    contacts: [...db.contacts.values()],
    companies: [...db.companies.values()],
    leads: [...db.leads.values()],
    incoming: [...db.incoming.values()],
    nextId: db.nextId,
    uidState: db.uidState,
  };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // A full or blocked storage only costs persistence; the API keeps working in memory.
  }
}

function byId<T extends { id: number }>(records: T[]): Map<number, T> {
  return new Map(records.map((r) => [r.id, r]));
}

/** The stored account, or null when there is none or it was written by an incompatible version. */
export function loadDb(storage: KeyValueStorage): Db | null {
  let stored: StoredAccount;
  try {
    stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as StoredAccount;
  } catch {
    return null;
  }
  if (stored?.version !== 1 || !Array.isArray(stored.incoming)) return null;
  return {
    ...createDb(),
    tags: byId(stored.tags),
    contacts: byId(stored.contacts),
    companies: byId(stored.companies),
    leads: byId(stored.leads),
    incoming: new Map(stored.incoming.map((r) => [r.uid, r])),
    nextId: stored.nextId,
    uidState: stored.uidState,
  };
}

export function clearDb(storage: KeyValueStorage): void {
  storage.removeItem(STORAGE_KEY);
}
