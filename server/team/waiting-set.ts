import * as z from 'zod/mini';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { incomingLeadSchema } from '@/incoming-leads/incoming-lead-wire-api';
import { isRecord } from '@/lib/lenient-schemas';

/** One waiting incoming lead: amoCRM's item as it came (served on untouched) and what the server reads of it. */
export interface WaitingEntry {
  uid: string;
  item: Record<string, unknown>;
  lead: IncomingLead;
  createdAt: number;
  updatedAt: number;
}

/** A list item as amoCRM sent it, or null when it is not one the app could show either. */
export function toWaitingEntry(item: unknown): WaitingEntry | null {
  if (!isRecord(item)) return null;
  const parsed = z.safeParse(incomingLeadSchema, item);
  if (!parsed.success) return null;
  const seconds = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  return {
    uid: parsed.data.uid,
    item,
    lead: parsed.data,
    createdAt: seconds(item.created_at),
    updatedAt: seconds(item.updated_at),
  };
}

export interface ListQuery {
  uids: string[] | null;
  categories: string[] | null;
  pipelineIds: number[] | null;
  order: { field: 'createdAt' | 'updatedAt'; direction: 1 | -1 };
  page: number;
  limit: number;
}

/** `filter[x]`, `filter[x][]` and `filter[x][0]` alike; null when the filter is absent (a present, empty one matches nothing). */
function listParam(params: URLSearchParams, name: string): string[] | null {
  let found = false;
  const values: string[] = [];
  for (const [key, value] of params) {
    if (key === name || (key.startsWith(`${name}[`) && /^\[\d*\]$/.test(key.slice(name.length)))) {
      found = true;
      if (value !== '') values.push(value);
    }
  }
  return found ? values : null;
}

/** The query of amoCRM's `GET /api/v4/leads/unsorted`, read the way amoCRM reads it. */
export function readListQuery(params: URLSearchParams): ListQuery {
  const pipelines = listParam(params, 'filter[pipeline_id]');
  let order: ListQuery['order'] = { field: 'createdAt', direction: -1 };
  for (const [wire, field] of [
    ['created_at', 'createdAt'],
    ['updated_at', 'updatedAt'],
  ] as const) {
    const direction = params.get(`order[${wire}]`)?.toLowerCase();
    if (direction === 'asc' || direction === 'desc') {
      order = { field, direction: direction === 'asc' ? 1 : -1 };
      break;
    }
  }
  const page = Number(params.get('page'));
  const limit = Number(params.get('limit'));
  return {
    uids: listParam(params, 'filter[uid]'),
    categories: listParam(params, 'filter[category]'),
    pipelineIds: pipelines?.map(Number).filter(Number.isInteger) ?? null,
    order,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    // amoCRM takes up to 250 a page and silently falls back to 50 otherwise.
    limit: Number.isInteger(limit) && limit >= 1 && limit <= 250 ? limit : 50,
  };
}

export interface ListAnswer {
  items: Record<string, unknown>[];
  hasMore: boolean;
}

/**
 * The account's waiting set as the server last saw it. Every change moves `version`, which is the ETag of every
 * answer made from it; sorted selections are kept per query until the next change, so a team paging through the
 * same list sorts it once.
 */
export function createWaitingSet() {
  const entries = new Map<string, WaitingEntry>();
  let version = 0;
  let sortedCache = new Map<string, WaitingEntry[]>();

  function changed() {
    version += 1;
    sortedCache = new Map();
  }

  function selection(query: ListQuery): WaitingEntry[] {
    const key = JSON.stringify([query.uids, query.categories, query.pipelineIds, query.order]);
    const cached = sortedCache.get(key);
    if (cached) return cached;
    const { field, direction } = query.order;
    const selected = [...entries.values()]
      .filter((entry) => query.uids === null || query.uids.includes(entry.uid))
      .filter((entry) => query.categories === null || query.categories.includes(entry.lead.category))
      .filter((entry) => query.pipelineIds === null || query.pipelineIds.includes(entry.lead.pipelineId))
      .sort((a, b) => (a[field] - b[field]) * direction || a.uid.localeCompare(b.uid));
    sortedCache.set(key, selected);
    return selected;
  }

  return {
    get version() {
      return version;
    },
    get size() {
      return entries.size;
    },
    has: (uid: string) => entries.has(uid),
    get: (uid: string) => entries.get(uid),
    uids: () => [...entries.keys()],
    /** Adds or refreshes a lead; true when it was not in the set before. */
    put(entry: WaitingEntry): boolean {
      const before = entries.get(entry.uid);
      if (before && before.updatedAt === entry.updatedAt && before.createdAt === entry.createdAt) return false;
      entries.set(entry.uid, entry);
      changed();
      return before === undefined;
    },
    /** Removes the leads; returns the uids that were there. */
    remove(uids: Iterable<string>): string[] {
      const removed = [...uids].filter((uid) => entries.delete(uid));
      if (removed.length > 0) changed();
      return removed;
    },
    list(query: ListQuery): ListAnswer {
      const selected = selection(query);
      const start = (query.page - 1) * query.limit;
      const items = selected.slice(start, start + query.limit).map((entry) => entry.item);
      return { items, hasMore: selected.length > start + query.limit };
    },
  };
}

export type WaitingSet = ReturnType<typeof createWaitingSet>;
