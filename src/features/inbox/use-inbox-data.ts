import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { crmQueries } from '@/crm/crm-queries';
import { useWaitingRefresh } from '@/incoming-leads/change-feed-status';
import { incomingLeadQueries, normalizeInboxFilters } from '@/incoming-leads/incoming-lead-queries';
import { useApiClient } from '@/lib/api-client-context';
import { useLocale } from '@/lib/i18n';
import { usePendingOverlay } from '@/triage/outbox-context';
import { withoutHidden } from '@/triage/pending-overlay';
import { inboxQueries } from './inbox-queries';
import { filterRows, type InboxRow, toInboxRows } from './inbox-rows';
import { type InboxView, toInboxFilters } from './inbox-view';
import { countByCategory, findNewArrivals } from './waiting-set';

/** The list of one view: amoCRM's pages as rows, with the overlay and the search applied. */
export function useInboxList(view: InboxView) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const filters = toInboxFilters(view);
  const options = inboxQueries.list(api, filters);
  const list = useInfiniteQuery(options);
  const locale = useLocale();
  const overlay = usePendingOverlay();
  const allRows = useMemo(() => toInboxRows(list.data?.pages ?? [], locale), [list.data, locale]);
  // amoCRM's rows, less the leads with a pending action or sorted from this browser.
  const rows = useMemo(() => allRows.filter((row) => !overlay.hidden.has(row.lead.uid)), [allRows, overlay]);
  const query = useDeferredValue(view.q ?? '');
  /** The search's rows in amoCRM's order, leads on their way out included: what "the next lead" is counted in. */
  const orderRows = useMemo(() => filterRows(allRows, query), [allRows, query]);
  const visibleRows = useMemo(() => orderRows.filter((row) => !overlay.hidden.has(row.lead.uid)), [orderRows, overlay]);
  /** Back to page one, fetched afresh: how the list takes in new arrivals without moving under the cursor. */
  const reload = async () => {
    queryClient.setQueryData(options.queryKey, (data) =>
      data ? { pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) } : data,
    );
    await queryClient.refetchQueries({ queryKey: options.queryKey, exact: true });
  };
  return {
    list,
    rows,
    orderRows,
    visibleRows,
    overlay,
    reload,
    scrollKey: JSON.stringify(normalizeInboxFilters(filters)),
  };
}

/** Counts, the waiting total and new arrivals, from the polled waiting set; `rows` is what the list has loaded. */
function useWaitingSet(view: InboxView, rows: InboxRow[] | undefined, isComplete: boolean) {
  const api = useApiClient();
  const overlay = usePendingOverlay();
  // While the change feed is live it brings every arrival and departure: nothing polls.
  const query = useQuery({ ...incomingLeadQueries.waiting(api, view.pipeline), ...useWaitingRefresh() });
  const waiting = useMemo(() => query.data && withoutHidden(query.data, overlay), [query.data, overlay]);
  const counts = useMemo(() => (waiting ? countByCategory(waiting) : undefined), [waiting]);
  const arrivals = useMemo(() => {
    if (!waiting || !rows) return [];
    const loaded = rows.map((row) => row.lead);
    const input = { waiting, loaded, categories: view.category, sort: view.sort ?? 'newest', isComplete };
    return findNewArrivals(input);
  }, [waiting, rows, view.category, view.sort, isComplete]);
  return { counts, total: waiting?.length, arrivals };
}

function usePipelines() {
  const api = useApiClient();
  const pipelines = useQuery(crmQueries.pipelines(api));
  const names = useMemo(
    () => new Map((pipelines.data ?? []).map((pipeline) => [pipeline.id, pipeline.name])),
    [pipelines.data],
  );
  return { pipelines: pipelines.data, names };
}

/** Everything the inbox shows: the list and its rows, the waiting set's counts and arrivals, pipeline names. */
export function useInboxData(view: InboxView) {
  const list = useInboxList(view);
  const isLoaded = list.list.isSuccess;
  const waiting = useWaitingSet(view, isLoaded ? list.rows : undefined, isLoaded && !list.list.hasNextPage);
  const pipelines = usePipelines();
  return { ...list, waiting, ...pipelines };
}

export type InboxData = ReturnType<typeof useInboxData>;
