import { LineChart } from '@mantine/charts';
import { Alert, Button, Group, Progress, Text } from '@mantine/core';
import { memo, useDeferredValue } from 'react';
import { formatNumber, useLocale, useMessages } from '@/lib/i18n';
import { ChartCard } from './chart-card';
import { TREND_COLORS } from './summary-colors';
import { formatDay } from './summary-format';
import { messages } from './summary-messages';
import type { SummaryTrend } from './use-summary-trend';

const AXIS_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const TABLE_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };

/** Came in, accepted and declined per day, filling in as the days arrive. */
export function TrendChart({ trend }: { trend: SummaryTrend }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const { days, loaded, failed } = trend;
  // Days arrive one by one: the drawing follows in an interruptible render, so it never holds up the requests.
  const drawnDays = useDeferredValue(days);
  const isFilling = loaded < days.length;
  const number = (value: number | undefined) => (value === undefined ? t.notLoaded : formatNumber(locale, value));
  return (
    <ChartCard
      title={t.trendTitle}
      columns={[t.dayColumn, t.kpis.total, t.kpis.accepted, t.kpis.declined, t.kpis.waiting]}
      rows={days.map(({ day, summary }) => [
        formatDay(locale, day, TABLE_DAY),
        number(summary?.total),
        number(summary?.accepted),
        number(summary?.declined),
        number(summary?.waiting),
      ])}
      chart={<TrendLines days={drawnDays} />}
    >
      <Group gap="sm" wrap="nowrap">
        {isFilling && <Progress value={(loaded / days.length) * 100} aria-label={t.trendLoading} flex={1} />}
        <Text role="status" size="sm" c="dimmed">
          {isFilling ? t.trendProgress(loaded, days.length) : ''}
        </Text>
      </Group>
      {failed > 0 && (
        <Alert color="red" variant="light" p="xs">
          <Group gap="sm" justify="space-between">
            <Text size="sm" c="var(--color-danger-text)">
              {t.trendFailed(failed)}
            </Text>
            <Button size="xs" variant="light" color="red" onClick={trend.retryFailed}>
              {t.retry}
            </Button>
          </Group>
        </Alert>
      )}
    </ChartCard>
  );
}

const TrendLines = memo(function TrendLines({ days }: { days: SummaryTrend['days'] }) {
  const t = useMessages(messages);
  const locale = useLocale();
  return (
    <LineChart
      h={260}
      data={days.map(({ day, summary }) => ({
        day: formatDay(locale, day, AXIS_DAY),
        total: summary?.total ?? null,
        accepted: summary?.accepted ?? null,
        declined: summary?.declined ?? null,
      }))}
      dataKey="day"
      series={[
        { name: 'total', label: t.kpis.total, color: TREND_COLORS.total },
        { name: 'accepted', label: t.kpis.accepted, color: TREND_COLORS.accepted },
        { name: 'declined', label: t.kpis.declined, color: TREND_COLORS.declined },
      ]}
      curveType="linear"
      connectNulls={false}
      withLegend
      yAxisProps={{ allowDecimals: false }}
      valueFormatter={(value) => formatNumber(locale, value)}
      accessibilityLayer={false}
    />
  );
});
