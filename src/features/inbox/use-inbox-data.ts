import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { crmQueries } from '@/crm/crm-queries';
import { incomingLeadQueries, normalizeInboxFilters } from '@/incoming-leads/incoming-lead-queries';
import { useApiClient } from '@/lib/api-client-context';
import { useLocale } from '@/lib/i18n';
import { inboxQueries } from './inbox-queries';
import { filterRows, type InboxRow, toInboxRows } from './inbox-rows';
import { type InboxView, toInboxFilters } from './inbox-view';
import { countByCategory, findNewArrivals } from './waiting-set';

function useInboxList(view: InboxView) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const filters = toInboxFilters(view);
  const options = inboxQueries.list(api, filters);
  const list = useInfiniteQuery(options);
  const locale = useLocale();
  const rows = useMemo(() => toInboxRows(list.data?.pages ?? [], locale), [list.data, locale]);
  const query = useDeferredValue(view.q ?? '');
  const visibleRows = useMemo(() => filterRows(rows, query), [rows, query]);
  /** Back to page one, fetched afresh: how the list takes in new arrivals without moving under the cursor. */
  const reload = async () => {
    queryClient.setQueryData(options.queryKey, (data) =>
      data ? { pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) } : data,
    );
    await queryClient.refetchQueries({ queryKey: options.queryKey, exact: true });
  };
  return { list, rows, visibleRows, reload, scrollKey: JSON.stringify(normalizeInboxFilters(filters)) };
}

/** Counts, the waiting total and new arrivals, from the polled waiting set; `rows` is what the list has loaded. */
function useWaitingSet(view: InboxView, rows: InboxRow[] | undefined, isComplete: boolean) {
  const api = useApiClient();
  const waiting = useQuery(incomingLeadQueries.waiting(api, view.pipeline));
  const counts = useMemo(() => (waiting.data ? countByCategory(waiting.data) : undefined), [waiting.data]);
  const arrivals = useMemo(() => {
    if (!waiting.data || !rows) return [];
    const loaded = rows.map((row) => row.lead);
    const input = { waiting: waiting.data, loaded, categories: view.category, sort: view.sort ?? 'newest', isComplete };
    return findNewArrivals(input);
  }, [waiting.data, rows, view.category, view.sort, isComplete]);
  return { counts, total: waiting.data?.length, arrivals };
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
