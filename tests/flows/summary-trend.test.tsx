import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { TREND_REQUEST_INTERVAL_MS } from '@/features/summary/use-summary-trend';
import { recordDeclineReason } from '@/triage/decline-reasons';
import { server } from '../../mocks/runtimes/node';
import { problem } from '../../mocks/wire/problems';
import { passTime, passTimeUntil, renderApp } from '../support/render';
import { PIPELINE_IDS } from './inbox-helpers';
import { emulatorSummary, expectKpis, localDayStart, tableRows } from './summary-helpers';

const TREND = 'Day by day';

function expectTrendOfEmulator(days: number, pipelineId?: number) {
  const rows = tableRows(TREND);
  expect(rows).toHaveLength(days);
  rows.forEach(([, total, accepted, declined, waiting], index) => {
    const daysAgo = days - 1 - index;
    const day = emulatorSummary(daysAgo, daysAgo, pipelineId);
    expect([total, accepted, declined, waiting]).toEqual(
      [day.total, day.accepted, day.declined, day.total - day.accepted - day.declined].map(String),
    );
  });
}

/** The trend's requests go out one per pacing interval: let the intervals pass until `expectation` holds. */
function fillsIn(expectation: () => void): Promise<void> {
  return passTimeUntil(expectation, TREND_REQUEST_INTERVAL_MS);
}

describe('The daily trend', () => {
  it('fills in 30 days one request per day with progress, each day as the emulator counts it', async () => {
    const { router } = renderApp('/summary?range=30d');
    const progress = await screen.findByText(/^\d+ of 30 days$/);
    expect(screen.getByRole('progressbar', { name: 'Loading the days of the period' })).toBeInTheDocument();
    expect(tableRows(TREND).some((row) => row.includes('not loaded yet'))).toBe(true);

    await passTime(TREND_REQUEST_INTERVAL_MS * 3);
    await waitFor(() => expect(progress).toHaveTextContent(/^[1-9]\d* of 30 days$/));
    await fillsIn(() => expect(progress).toBeEmptyDOMElement());
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expectTrendOfEmulator(30);

    // Past days are kept: coming back shows the whole month at once.
    await router.navigate({ to: '/inbox' });
    await router.navigate({ to: '/summary', search: { range: '30d' } });
    await expectKpis(emulatorSummary(29, 0));
    expect(screen.queryByText(/of 30 days$/)).not.toBeInTheDocument();
    expectTrendOfEmulator(30);
  });

  it('follows the pipeline filter day by day', async () => {
    renderApp(`/summary?pipeline=${PIPELINE_IDS.partners}`);
    await expectKpis(emulatorSummary(6, 0, PIPELINE_IDS.partners));
    await fillsIn(() => expect(tableRows(TREND).flat()).not.toContain('not loaded yet'));
    expectTrendOfEmulator(7, PIPELINE_IDS.partners);
  });

  it('names the days that failed and fetches just those again on Retry', async () => {
    const failingDay = String(localDayStart(2));
    server.use(
      http.get('*/api/v4/leads/unsorted/summary', ({ request }) =>
        new URL(request.url).searchParams.get('filter[created_at][from]') === failingDay
          ? problem(500, 'Summary service unavailable')
          : undefined,
      ),
    );
    renderApp('/summary');
    await fillsIn(() => expect(screen.getByText('Could not load 1 day.')).toBeInTheDocument());
    const failure = screen.getByText('Could not load 1 day.');
    await fillsIn(() => expect(tableRows(TREND).filter((row) => row.includes('not loaded yet'))).toHaveLength(1));
    expect(tableRows(TREND)[4]).toContain('not loaded yet');

    server.resetHandlers();
    await userEvent.click(
      within(failure.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Retry' }),
    );
    await fillsIn(() => expect(tableRows(TREND).flat()).not.toContain('not loaded yet'));
    expect(screen.queryByText('Could not load 1 day.')).not.toBeInTheDocument();
    expectTrendOfEmulator(7);
  });

  it('shows one day without a trend', async () => {
    renderApp('/summary?range=today');
    await expectKpis(emulatorSummary(0, 0));
    expect(screen.queryByRole('table', { name: TREND })).not.toBeInTheDocument();
  });
});

describe('Decline reasons', () => {
  const now = Date.now();
  const reason = (uid: string, why: 'spam' | 'duplicate' | 'other', pipelineId: number, at = now) =>
    recordDeclineReason(window.localStorage, { uid, reason: why, at, category: 'sip', pipelineId });

  it('breaks down the reasons recorded in this browser for the period and pipeline', async () => {
    reason('a', 'spam', PIPELINE_IDS.sales);
    reason('b', 'spam', PIPELINE_IDS.sales);
    reason('c', 'duplicate', PIPELINE_IDS.sales);
    reason('d', 'other', PIPELINE_IDS.wholesale);
    reason('e', 'other', PIPELINE_IDS.sales, now - 40 * 86_400_000);
    const { router } = renderApp('/summary');
    await expectKpis(emulatorSummary(6, 0));
    expect(tableRows('Why leads were declined')).toEqual([
      ['Spam', '2', '50%'],
      ['Duplicate', '1', '25%'],
      ['Other', '1', '25%'],
    ]);
    expect(screen.getByText(/^4 declines with a reason, recorded in this browser/)).toBeInTheDocument();

    await router.navigate({ to: '/summary', search: { pipeline: PIPELINE_IDS.sales } });
    await waitFor(() =>
      expect(tableRows('Why leads were declined')).toEqual([
        ['Spam', '2', '67%'],
        ['Duplicate', '1', '33%'],
      ]),
    );
  });

  it('leaves the breakdown out when no reason was recorded', async () => {
    renderApp('/summary');
    await expectKpis(emulatorSummary(6, 0));
    expect(screen.queryByRole('heading', { name: 'Why leads were declined' })).not.toBeInTheDocument();
  });
});
