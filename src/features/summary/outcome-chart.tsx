import { DonutChart } from '@mantine/charts';
import { ColorSwatch, Group, Stack, Text } from '@mantine/core';
import type { IncomingLeadSummary } from '@/incoming-leads/incoming-lead';
import { formatNumber, useLocale, useMessages } from '@/lib/i18n';
import { ChartCard } from './chart-card';
import { OUTCOME_COLORS } from './summary-colors';
import { formatPercent } from './summary-format';
import { messages } from './summary-messages';
import { outcomeShares } from './summary-shares';

/** Accepted, declined and still waiting out of everything counted in the period. */
export function OutcomeChart({ summary }: { summary: IncomingLeadSummary }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const shares = outcomeShares(summary);
  return (
    <ChartCard
      title={t.outcomesTitle}
      columns={[t.outcomeColumn, t.leadsColumn, t.shareColumn]}
      rows={shares.map(({ key, count, share }) => [
        t.outcomes[key],
        formatNumber(locale, count),
        formatPercent(locale, share),
      ])}
      chart={
        <Stack gap="sm" align="center">
          <DonutChart
            mx="auto"
            size={180}
            thickness={28}
            withLabelsLine={false}
            chartLabel={formatNumber(locale, summary.total)}
            data={shares.map(({ key, count }) => ({ name: t.outcomes[key], value: count, color: OUTCOME_COLORS[key] }))}
            valueFormatter={(value) => formatNumber(locale, value)}
            accessibilityLayer={false}
            // The drawing is hidden from screen readers (the table speaks for it), so nothing in it takes focus.
            pieProps={{ rootTabIndex: -1 }}
          />
          <Group gap="md" justify="center">
            {shares.map(({ key, count }) => (
              <Group key={key} gap={6} wrap="nowrap">
                <ColorSwatch color={`var(--mantine-color-${OUTCOME_COLORS[key].replace('.', '-')})`} size={12} />
                <Text size="sm">
                  {t.outcomes[key]}: {formatNumber(locale, count)}
                </Text>
              </Group>
            ))}
          </Group>
        </Stack>
      }
    />
  );
}
