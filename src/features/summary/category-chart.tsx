import { BarChart } from '@mantine/charts';
import type { IncomingLeadSummary } from '@/incoming-leads/incoming-lead';
import { formatNumber, useLocale, useMessages } from '@/lib/i18n';
import { ChartCard } from './chart-card';
import { formatPercent } from './summary-format';
import { messages } from './summary-messages';
import { categoryShares } from './summary-shares';

/** Incoming leads per channel: calls, forms, chats, e-mail. */
export function CategoryChart({ summary }: { summary: IncomingLeadSummary }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const shares = categoryShares(summary);
  return (
    <ChartCard
      title={t.categoriesTitle}
      columns={[t.channelColumn, t.leadsColumn, t.shareColumn]}
      rows={shares.map(({ key, count, share }) => [
        t.categories[key],
        formatNumber(locale, count),
        formatPercent(locale, share),
      ])}
      chart={
        <BarChart
          h={220}
          data={shares.map(({ key, count }) => ({ channel: t.categories[key], leads: count }))}
          dataKey="channel"
          series={[{ name: 'leads', label: t.leadsColumn, color: 'indigo.6' }]}
          withBarValueLabel
          valueFormatter={(value) => formatNumber(locale, value)}
          gridAxis="y"
          yAxisProps={{ allowDecimals: false }}
          accessibilityLayer={false}
        />
      }
    />
  );
}
