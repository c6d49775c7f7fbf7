import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IncomingLeadSummary } from '@/incoming-leads/incoming-lead';
import { type Locale, LocaleProvider } from '@/lib/i18n';
import { KpiCards } from './kpi-cards';

function summary(overrides: Partial<IncomingLeadSummary>): IncomingLeadSummary {
  const base = { total: 0, accepted: 0, declined: 0, averageSortTimeSeconds: 0, ...overrides };
  return {
    ...base,
    waiting: base.total - base.accepted - base.declined,
    categories: { sip: 0, forms: 0, chats: 0, mail: 0 },
  };
}

function renderCards(current: IncomingLeadSummary, previous: IncomingLeadSummary | undefined, locale: Locale = 'en') {
  return render(
    <LocaleProvider locale={locale}>
      <MantineProvider env="test">
        <KpiCards current={current} previous={previous} isPreviousLoading={false} previousDays={7} />
      </MantineProvider>
    </LocaleProvider>,
  );
}

const card = (name: string) => screen.getByRole('group', { name });

describe('KPI cards', () => {
  it('compares each number with the previous period and says whether it is better or worse', () => {
    renderCards(
      summary({ total: 60, accepted: 40, declined: 5, averageSortTimeSeconds: 9 * 3600 + 35 * 60 }),
      summary({ total: 48, accepted: 30, declined: 8, averageSortTimeSeconds: 7 * 3600 }),
    );
    expect(card('Came in')).toHaveTextContent(/^Came in60\+12 \(\+25%\) vs 48 in the previous 7 days$/);
    expect(card('Accepted')).toHaveTextContent('Better: +10 (+33%) vs 30 in the previous 7 days');
    expect(card('Declined')).toHaveTextContent(/^Declined5−3 \(−38%\) vs 8/);
    expect(card('Still waiting')).toHaveTextContent('Worse: +5 (+50%) vs 10 in the previous 7 days');
    expect(card('Average sort time')).toHaveTextContent(
      /^Average sort time9 h 35 minWorse: \+2 h 35 min \(\+37%\) vs 7 h in the previous 7 days$/,
    );
  });

  it('leaves out percentages that say nothing: from zero, or past tenfold', () => {
    renderCards(summary({ total: 459, accepted: 128 }), summary({ total: 1, accepted: 0 }));
    expect(card('Came in')).toHaveTextContent(/^Came in459\+458 vs 1 in the previous 7 days$/);
    expect(card('Accepted')).toHaveTextContent('Better: +128 vs 0 in the previous 7 days');
    // Nothing was sorted before: there is no sort time to compare with.
    expect(card('Average sort time')).toHaveTextContent(/^Average sort time0 s$/);
  });

  it('says when nothing was sorted, and shows no comparison without a previous period', () => {
    renderCards(summary({ total: 3 }), undefined);
    expect(card('Average sort time')).toHaveTextContent(/^Average sort timeNothing sorted$/);
    expect(card('Came in')).toHaveTextContent(/^Came in3$/);
  });

  it('says the sort time is unknown when amoCRM reports an impossible one, and compares nothing', () => {
    renderCards(
      summary({ total: 5, accepted: 3, averageSortTimeSeconds: null }),
      summary({ total: 4, accepted: 2, averageSortTimeSeconds: 3600 }),
    );
    expect(card('Average sort time')).toHaveTextContent(/^Average sort timeUnknown$/);
  });

  it('speaks Russian', () => {
    renderCards(
      summary({ total: 21, accepted: 11, averageSortTimeSeconds: 9 * 3600 + 35 * 60 }),
      summary({ total: 20, accepted: 10, averageSortTimeSeconds: 9 * 3600 + 35 * 60 }),
      'ru',
    );
    expect(card('Принято')).toHaveTextContent('Лучше: +1 (+10 %) к 10 за предыдущие 7 дней');
    expect(card('Среднее время разбора')).toHaveTextContent(
      /^Среднее время разбора9 ч 35 минКак и за предыдущие 7 дней \(9 ч 35 мин\)$/,
    );
  });
});
