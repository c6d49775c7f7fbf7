import { createFileRoute, type ErrorComponentProps, stripSearchParams } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { crmQueries } from '@/crm/crm-queries';
import { Summary } from '@/features/summary/summary';
import { messages } from '@/features/summary/summary-messages';
import { summaryQueries } from '@/features/summary/summary-queries';
import {
  DEFAULT_PRESET,
  isDayKey,
  resolveSummaryRange,
  SUMMARY_PRESETS,
  todayKey,
} from '@/features/summary/summary-range';
import type { SummarySearchChange } from '@/features/summary/summary-view';
import { messages as triageMessages } from '@/features/triage-actions/triage-outcome-messages';
import { useMessages } from '@/lib/i18n';
import { RouteError } from './-route-error';

const dayKey = z.string().check(z.refine(isDayKey));

/** Each field falls back on its own: a bad date or pipeline is dropped, the rest of the link still works. */
const summarySearchSchema = z.object({
  range: z.catch(z.optional(z.enum(SUMMARY_PRESETS)), undefined),
  from: z.catch(z.optional(dayKey), undefined),
  to: z.catch(z.optional(dayKey), undefined),
  pipeline: z.catch(z.optional(z.number().check(z.int(), z.positive())), undefined),
});

type SummarySearch = z.infer<typeof summarySearchSchema>;

function viewOf(search: SummarySearch, today: string) {
  return { ...resolveSummaryRange(search, today), pipelineId: search.pipeline };
}

export const Route = createFileRoute('/summary')({
  validateSearch: summarySearchSchema,
  search: { middlewares: [stripSearchParams({ range: DEFAULT_PRESET })] },
  loaderDeps: ({ search }) => search,
  // The period and the one before start while the page's code loads; the days of the trend wait for the page.
  loader: ({ context: { queryClient, api }, deps }) => {
    const { range, pipelineId } = viewOf(deps, todayKey());
    void queryClient.prefetchQuery(summaryQueries.period(api, range, pipelineId));
    void queryClient.prefetchQuery(summaryQueries.previous(api, range, pipelineId));
    void queryClient.prefetchQuery(crmQueries.pipelines(api));
  },
  errorComponent: SummaryError,
  component: SummaryPage,
});

function SummaryPage() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const today = todayKey();
  const onViewChange = (change: SummarySearchChange) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }) });
  const declineReasonNames = useMessages(triageMessages).declineReasons;
  return (
    <Summary
      view={viewOf(search, today)}
      today={today}
      onViewChange={onViewChange}
      declineReasonNames={declineReasonNames}
    />
  );
}

function SummaryError({ error }: ErrorComponentProps) {
  const t = useMessages(messages);
  return <RouteError error={error} title={t.errorTitle} retryLabel={t.retry} />;
}
