import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { formatNumber, useLocale, useMessages } from '@/lib/i18n';
import { useDeclineReasons } from '@/triage/outbox-context';
import { DECLINE_REASONS, type DeclineReason } from '@/triage/triage-action';
import { ChartCard } from './chart-card';
import { formatPercent } from './summary-format';
import { messages } from './summary-messages';
import { type DayRange, toTimeRange } from './summary-range';

interface DeclineReasonChartProps {
  range: DayRange;
  pipelineId: number | undefined;
  reasonNames: Readonly<Record<DeclineReason, string>>;
}

/** Why leads were declined, from the reasons this browser recorded; nothing when there are none. */
export function DeclineReasonChart({ range, pipelineId, reasonNames }: DeclineReasonChartProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const entries = useDeclineReasons({ ...toTimeRange(range), pipelineId });
  if (entries.length === 0) return null;
  const counts = new Map<DeclineReason, number>(DECLINE_REASONS.map((reason) => [reason, 0]));
  for (const entry of entries) counts.set(entry.reason, (counts.get(entry.reason) ?? 0) + 1);
  const rows = [...counts].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]);
  return (
    <ChartCard
      title={t.declineReasonsTitle}
      columns={[t.reasonColumn, t.leadsColumn, t.shareColumn]}
      rows={rows.map(([reason, count]) => [
        reasonNames[reason],
        formatNumber(locale, count),
        formatPercent(locale, count / entries.length),
      ])}
      chart={
        <BarChart
          h={Math.max(120, rows.length * 44)}
          orientation="vertical"
          data={rows.map(([reason, count]) => ({ reason: reasonNames[reason], declines: count }))}
          dataKey="reason"
          series={[{ name: 'declines', label: t.leadsColumn, color: 'red.7' }]}
          withBarValueLabel
          xAxisProps={{ allowDecimals: false }}
          yAxisProps={{ width: 120 }}
          gridAxis="none"
          valueFormatter={(value) => formatNumber(locale, value)}
          accessibilityLayer={false}
        />
      }
    >
      <Text size="sm" c="dimmed">
        {t.declineReasonsNote(entries.length)}
      </Text>
    </ChartCard>
  );
}
