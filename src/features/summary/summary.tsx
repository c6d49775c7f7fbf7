import '@mantine/charts/styles.css';
import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { IncomingLeadSummary, SummaryFilter } from '@/incoming-leads/incoming-lead';
import { useApiClient } from '@/lib/api-client-context';
import { useErrorMessage } from '@/lib/error-message';
import { useLocale, useMessages } from '@/lib/i18n';
import { usePendingOverlay } from '@/triage/outbox-context';
import { type PendingOverlay, summaryWithPending } from '@/triage/pending-overlay';
import type { DeclineReason } from '@/triage/triage-action';
import { CategoryChart } from './category-chart';
import { DeclineReasonChart } from './decline-reason-chart';
import { KpiCards } from './kpi-cards';
import { OutcomeChart } from './outcome-chart';
import { SummaryFilters } from './summary-filters';
import { formatDayRange } from './summary-format';
import { messages } from './summary-messages';
import { summaryFilter, summaryQueries } from './summary-queries';
import { type DayKey, dayCount, previousRange } from './summary-range';
import type { SummarySearchChange, SummaryView } from './summary-view';
import { TrendChart } from './trend-chart';
import { useSummaryTrend } from './use-summary-trend';

interface SummaryProps {
  view: SummaryView;
  /** The local calendar day the page treats as today. */
  today: DayKey;
  onViewChange: (change: SummarySearchChange) => void;
  /** The decline dialog's reasons, as the triage actions name them in the interface's language. */
  declineReasonNames: Readonly<Record<DeclineReason, string>>;
}

/** How many incoming leads came in, how they were sorted and how fast, against the period before. */
export function Summary({ view, today, onViewChange, declineReasonNames }: SummaryProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  return (
    <Stack gap="lg" maw={1280}>
      <div>
        <Title order={1}>{t.title}</Title>
        <Text c="dimmed">{t.intro}</Text>
      </div>
      <SummaryFilters view={view} today={today} onChange={onViewChange} />
      <div>
        <Text fw={500}>{t.shownPeriod(formatDayRange(locale, view.range))}</Text>
        <Text size="sm" c="dimmed">
          {t.countingRule}
        </Text>
      </div>
      <SummaryNumbers view={view} today={today} declineReasonNames={declineReasonNames} />
    </Stack>
  );
}

function SummaryNumbers({ view, today, declineReasonNames }: Omit<SummaryProps, 'onViewChange'>) {
  const t = useMessages(messages);
  const errorMessage = useErrorMessage();
  const api = useApiClient();
  const current = useQuery(summaryQueries.period(api, view.range, view.pipelineId));
  const previous = useQuery(summaryQueries.previous(api, view.range, view.pipelineId));
  const overlay = usePendingOverlay();
  if (current.isPending) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text size="sm">{t.loading}</Text>
      </Group>
    );
  }
  // A failed refresh keeps the figures on screen: the page-wide banner says they may be out of date.
  if (current.data === undefined) {
    return (
      <Alert color="red" title={t.errorTitle} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{errorMessage(current.error)}</Text>
          <Button
            variant="light"
            color="red"
            onClick={() => {
              void current.refetch();
              if (previous.isError) void previous.refetch();
            }}
          >
            {t.retry}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const summary = withPending(current.data, current, summaryFilter(view.range, view.pipelineId), overlay);
  const previousSummary =
    previous.data &&
    withPending(previous.data, previous, summaryFilter(previousRange(view.range), view.pipelineId), overlay);
  const days = dayCount(view.range);
  return (
    <>
      <KpiCards
        current={summary}
        previous={previousSummary}
        isPreviousLoading={previous.isPending && previous.fetchStatus !== 'idle'}
        previousDays={days}
      />
      {summary.total === 0 ? (
        <Text>{t.empty}</Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <OutcomeChart summary={summary} />
            <CategoryChart summary={summary} />
          </SimpleGrid>
          {days > 1 && <SummaryTrend view={view} today={today} />}
        </>
      )}
      <DeclineReasonChart range={view.range} pipelineId={view.pipelineId} reasonNames={declineReasonNames} />
    </>
  );
}

/** amoCRM's figures with the manager's decisions they do not have yet. */
function withPending(
  data: IncomingLeadSummary,
  query: UseQueryResult<IncomingLeadSummary>,
  filter: SummaryFilter,
  overlay: PendingOverlay,
): IncomingLeadSummary {
  return summaryWithPending(data, filter, overlay, query.dataUpdatedAt);
}

function SummaryTrend({ view, today }: { view: SummaryView; today: DayKey }) {
  const trend = useSummaryTrend(view.range, view.pipelineId, today);
  return <TrendChart trend={trend} />;
}
