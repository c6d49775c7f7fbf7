import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useId } from 'react';
import type { IncomingLeadSummary } from '@/incoming-leads/incoming-lead';
import { formatNumber, type Locale, useLocale, useMessages } from '@/lib/i18n';
import classes from './kpi-cards.module.css';
import {
  type Direction,
  formatDuration,
  type PeriodChange,
  periodChange,
  signedDuration,
  signedNumber,
  signedPercent,
  verdictOf,
} from './summary-format';
import { messages } from './summary-messages';

const MAX_SHOWN_RATIO = 10;

type CountKpi = 'total' | 'accepted' | 'declined' | 'waiting';

const COUNTS: readonly { kpi: CountKpi; direction: Direction }[] = [
  { kpi: 'total', direction: 'neutral' },
  { kpi: 'accepted', direction: 'up-is-better' },
  { kpi: 'declined', direction: 'neutral' },
  { kpi: 'waiting', direction: 'down-is-better' },
];

interface KpiCardsProps {
  current: IncomingLeadSummary;
  /** Undefined while it loads or when it failed: the cards then show no comparison. */
  previous: IncomingLeadSummary | undefined;
  isPreviousLoading: boolean;
  previousDays: number;
}

function sortedCount(summary: IncomingLeadSummary): number {
  return summary.accepted + summary.declined;
}

interface ComparisonProps {
  change: PeriodChange | null;
  direction: Direction;
  format: (locale: Locale, value: number) => string;
  signed: (locale: Locale, value: number) => string;
  previousDays: number;
  isLoading: boolean;
}

function Comparison({ change, direction, format, signed, previousDays, isLoading }: ComparisonProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  if (isLoading) {
    return (
      <Text size="xs" className={classes.neutral}>
        {t.loadingPrevious}
      </Text>
    );
  }
  if (!change) return null;
  const verdict = verdictOf(change, direction);
  const previous = format(locale, change.previous);
  const period = t.previousPeriod(previousDays);
  if (verdict === 'same') {
    return (
      <Text size="xs" className={classes.neutral}>
        {t.unchanged(previous, period)}
      </Text>
    );
  }
  // "+45,800%" says nothing a reader can use; past tenfold the plain difference is clearer.
  const percent =
    change.ratio === null || Math.abs(change.ratio) >= MAX_SHOWN_RATIO ? null : signedPercent(locale, change.ratio);
  const text = t.change(signed(locale, change.delta), percent, previous, period);
  if (verdict === 'neutral') {
    return (
      <Text size="xs" className={classes.neutral}>
        {text}
      </Text>
    );
  }
  return (
    <Text size="xs" className={classes[verdict]}>
      {t.verdicts[verdict]}: {text}
    </Text>
  );
}

function KpiCard({ label, value, children }: { label: string; value: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" role="group" aria-labelledby={id}>
      <Text id={id} size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={28} fw={700} className={classes.value}>
        {value}
      </Text>
      {children}
    </Paper>
  );
}

/** The period's key numbers, each compared with the period of the same length just before. */
export function KpiCards({ current, previous, isPreviousLoading, previousDays }: KpiCardsProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const bothSorted = previous !== undefined && sortedCount(current) > 0 && sortedCount(previous) > 0;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="md">
      {COUNTS.map(({ kpi, direction }) => (
        <KpiCard key={kpi} label={t.kpis[kpi]} value={formatNumber(locale, current[kpi])}>
          <Comparison
            change={previous ? periodChange(current[kpi], previous[kpi]) : null}
            direction={direction}
            format={formatNumber}
            signed={signedNumber}
            previousDays={previousDays}
            isLoading={isPreviousLoading}
          />
        </KpiCard>
      ))}
      <KpiCard
        label={t.kpis.sortTime}
        value={
          sortedCount(current) === 0
            ? t.noSortTime
            : current.averageSortTimeSeconds === null
              ? t.sortTimeUnknown
              : formatDuration(locale, current.averageSortTimeSeconds)
        }
      >
        <Comparison
          change={
            bothSorted && current.averageSortTimeSeconds !== null && previous.averageSortTimeSeconds !== null
              ? periodChange(current.averageSortTimeSeconds, previous.averageSortTimeSeconds)
              : null
          }
          direction="down-is-better"
          format={formatDuration}
          signed={signedDuration}
          previousDays={previousDays}
          isLoading={isPreviousLoading}
        />
      </KpiCard>
    </SimpleGrid>
  );
}
