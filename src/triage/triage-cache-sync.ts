import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import type { IncomingLeadSummary, SummaryFilter } from '@/incoming-leads/incoming-lead';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import {
  bumpSummary,
  isLeadSet,
  isListData,
  isSummary,
  type ListPosition,
  removeFromList,
  removeFromSet,
  restoreToList,
  restoreToSet,
  type SummaryEffect,
  summaryEffect,
} from './summary-effect';
import type { TriageAction, TriageKind } from './triage-action';

/**
 * Keeps the query cache in line with the outbox: pending leads stay out of every list and waiting set, even when
 * a refetch or a new page brings them, and every summary counts them; a rollback undoes exactly that.
 */
export interface TriageCacheSync {
  /** Cancels refetches that could bring the leads back, then takes every pending lead out of the caches. */
  hide(uids: readonly string[]): void;
  /** Puts the lead back where it was and takes the action out of the summaries. */
  restore(action: TriageAction): void;
  /** The action is done: there is nothing to put back any more. */
  forget(id: string): void;
  dispose(): void;
}

export interface TriageCacheSyncOptions {
  queryClient: QueryClient;
  /** The actions whose leads are out of the inbox right now. */
  hidingActions: () => readonly TriageAction[];
}

interface Placement {
  lists: Map<string, { queryKey: QueryKey; position: ListPosition }>;
  sets: Map<string, { queryKey: QueryKey; index: number }>;
}

/** The summary as we last wrote it, and the actions counted in it. Any other data is fresh from the server. */
interface SummaryOverlay {
  data: IncomingLeadSummary;
  applied: Map<string, { kind: TriageKind; effect: SummaryEffect }>;
}

export function startsWith(key: QueryKey, prefix: QueryKey): boolean {
  return prefix.every((part, index) => key[index] === part);
}

export function createTriageCacheSync({ queryClient, hidingActions }: TriageCacheSyncOptions): TriageCacheSync {
  const placements = new Map<string, Placement>();
  const overlays = new Map<string, SummaryOverlay>();
  let writing = false;
  let disposed = false;

  function write(queryKey: QueryKey, data: unknown): void {
    writing = true;
    try {
      queryClient.setQueryData(queryKey, data);
    } finally {
      writing = false;
    }
  }

  function placementOf(id: string): Placement {
    let placement = placements.get(id);
    if (!placement) {
      placement = { lists: new Map(), sets: new Map() };
      placements.set(id, placement);
    }
    return placement;
  }

  /** Takes every hidden lead out of one list or waiting set, remembering where each one was. */
  function strip(query: Query): void {
    const hidden = new Map(hidingActions().map((action) => [action.lead.uid, action]));
    if (hidden.size === 0) return;
    const uids = new Set(hidden.keys());
    const { data } = query.state;
    const { queryKey, queryHash } = query;
    if (startsWith(queryKey, incomingLeadQueries.lists()) && isListData(data)) {
      const removal = removeFromList(data, uids);
      if (removal.removed.size === 0) return;
      write(queryKey, removal.data);
      for (const [uid, position] of removal.removed) {
        const action = hidden.get(uid);
        if (action) placementOf(action.id).lists.set(queryHash, { queryKey, position });
      }
    } else if (startsWith(queryKey, incomingLeadQueries.waitingSets()) && isLeadSet(data)) {
      const removal = removeFromSet(data, uids);
      if (removal.removed.size === 0) return;
      write(queryKey, removal.data);
      for (const [uid, index] of removal.removed) {
        const action = hidden.get(uid);
        if (action) placementOf(action.id).sets.set(queryHash, { queryKey, index });
      }
    }
  }

  /** Counts every hidden action in one summary, once: fresh data from the server gets all of them again. */
  function overlay(query: Query): void {
    const { data } = query.state;
    if (!isSummary(data)) return;
    const filter = query.queryKey[incomingLeadQueries.summaries().length] as SummaryFilter | undefined;
    const previous = overlays.get(query.queryHash);
    const current: SummaryOverlay = previous?.data === data ? previous : { data, applied: new Map() };
    let next = data;
    for (const action of hidingActions()) {
      if (current.applied.has(action.id)) continue;
      const effect = summaryEffect(filter, action.lead, action.queuedAt);
      if (effect === null) continue;
      next = bumpSummary(next, action.kind, 1, effect);
      current.applied.set(action.id, { kind: action.kind, effect });
    }
    if (next !== data) write(query.queryKey, next);
    current.data = query.state.data as IncomingLeadSummary;
    overlays.set(query.queryHash, current);
  }

  function queriesUnder(prefix: QueryKey): Query[] {
    return queryClient.getQueryCache().findAll({ queryKey: prefix });
  }

  /** Applies every pending action to every cached list, waiting set and summary. */
  function sweep(): void {
    for (const query of queriesUnder(incomingLeadQueries.lists())) strip(query);
    for (const query of queriesUnder(incomingLeadQueries.waitingSets())) strip(query);
    for (const query of queriesUnder(incomingLeadQueries.summaries())) overlay(query);
  }

  /** Stops refetches that would bring a lead back, then patches; a cancelled fetch may restore older data, so patch again. */
  function hide(uids: readonly string[]): void {
    const details = incomingLeadQueries.details();
    void queryClient
      .cancelQueries({
        queryKey: incomingLeadQueries.all(),
        // A query still loading its first data cannot show the lead yet, and other leads' details are not affected.
        predicate: (query) =>
          query.state.data !== undefined &&
          (!startsWith(query.queryKey, details) || uids.includes(query.queryKey[details.length] as string)),
      })
      .then(() => {
        if (!disposed) sweep();
      });
    sweep();
  }

  /** Puts the lead back where it was and takes the action out of the summaries. */
  function restore(action: TriageAction): void {
    const placement = placements.get(action.id);
    placements.delete(action.id);
    for (const { queryKey, position } of placement?.lists.values() ?? []) {
      const data = queryClient.getQueryData(queryKey);
      if (isListData(data)) {
        const next = restoreToList(data, action.lead, position);
        if (next !== data) write(queryKey, next);
      }
    }
    for (const { queryKey, index } of placement?.sets.values() ?? []) {
      const data = queryClient.getQueryData(queryKey);
      if (isLeadSet(data)) {
        const next = restoreToSet(data, action.lead, index);
        if (next !== data) write(queryKey, next);
      }
    }
    for (const query of queriesUnder(incomingLeadQueries.summaries())) {
      const current = overlays.get(query.queryHash);
      const applied = current?.applied.get(action.id);
      if (!current || applied === undefined) continue;
      current.applied.delete(action.id);
      const data = query.state.data;
      if (current.data !== data || !isSummary(data)) continue;
      write(query.queryKey, bumpSummary(data, applied.kind, -1, applied.effect));
      current.data = query.state.data as IncomingLeadSummary;
    }
  }

  /** The last action settling refreshes everything it touched. */

  const unsubscribeCache = queryClient.getQueryCache().subscribe((event) => {
    if (writing || event.type !== 'updated' || event.action.type !== 'success') return;
    const { queryKey } = event.query;
    if (!startsWith(queryKey, incomingLeadQueries.all())) return;
    if (startsWith(queryKey, incomingLeadQueries.summaries())) {
      const current = overlays.get(event.query.queryHash);
      // Someone else edited the summary we wrote: it still counts our actions.
      if (event.action.manual && current && isSummary(event.query.state.data)) current.data = event.query.state.data;
      else overlay(event.query);
    } else {
      strip(event.query);
    }
  });

  return {
    hide,
    restore,
    forget: (id) => {
      placements.delete(id);
    },
    dispose() {
      disposed = true;
      unsubscribeCache();
    },
  };
}
