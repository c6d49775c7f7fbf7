import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '@/features/summary/summary-format';
import { server } from '../../mocks/runtimes/node';
import { problem } from '../../mocks/wire/problems';
import { renderApp } from '../support/render';
import { PIPELINE_IDS } from './inbox-helpers';
import { emulatorSummary, expectKpi, expectKpis, kpiCard, localDayKey, tableRows } from './summary-helpers';

const SUMMARY = '*/api/v4/leads/unsorted/summary';

describe('Reading the summary', () => {
  it("shows the last 7 days by default, with the emulator's own numbers and the week before", async () => {
    renderApp('/summary');
    expect(await screen.findByRole('heading', { level: 1, name: 'Summary' })).toBeInTheDocument();
    const week = emulatorSummary(6, 0);
    const before = emulatorSummary(13, 7);
    expect(week.total).toBeGreaterThan(0);

    await expectKpis(week);
    expect(kpiCard('Average sort time')).toHaveTextContent(formatDuration('en', week.average_sort_time));
    expect(kpiCard('Came in')).toHaveTextContent(`vs ${before.total} in the previous 7 days`);
    expect(kpiCard('Accepted')).toHaveTextContent(`vs ${before.accepted} in the previous 7 days`);
    expect(screen.getByRole('radio', { name: '7 days' })).toBeChecked();

    expect(tableRows('Outcomes').map(([outcome, count]) => [outcome, count])).toEqual([
      ['Accepted', String(week.accepted)],
      ['Declined', String(week.declined)],
      ['Still waiting', String(week.total - week.accepted - week.declined)],
    ]);
    const channels = Object.fromEntries(
      tableRows('Where incoming leads come from').map(([name, count]) => [name, count]),
    );
    expect(channels).toEqual({
      Calls: String(week.categories.sip.total),
      Forms: String(week.categories.forms.total),
      Chats: String(week.categories.chats.total),
      'E-mail': String(week.categories.mail.total),
    });
  });

  it('keeps the period and the pipeline in the URL, and a shared link shows the same view', async () => {
    const first = renderApp('/summary');
    await expectKpis(emulatorSummary(6, 0));

    await userEvent.click(screen.getByRole('radio', { name: '30 days' }));
    await waitFor(() => expect(first.router.state.location.search).toEqual({ range: '30d' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Pipeline' }), 'Wholesale');
    await waitFor(() =>
      expect(first.router.state.location.search).toEqual({ range: '30d', pipeline: PIPELINE_IDS.wholesale }),
    );
    await expectKpis(emulatorSummary(29, 0, PIPELINE_IDS.wholesale));

    // A custom period starts from the dates on screen, then one end moves.
    await userEvent.click(screen.getByRole('radio', { name: 'Custom' }));
    await waitFor(() =>
      expect(first.router.state.location.search).toEqual({
        range: 'custom',
        from: localDayKey(29),
        to: localDayKey(0),
        pipeline: PIPELINE_IDS.wholesale,
      }),
    );
    // jsdom's date field takes a whole date at once, as a browser's date picker hands it over.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: localDayKey(10) } });
    await waitFor(() => expect(first.router.state.location.search).toMatchObject({ from: localDayKey(10) }));
    await expectKpis(emulatorSummary(10, 0, PIPELINE_IDS.wholesale));
    const link = first.router.state.location.href;
    first.unmount();

    const shared = renderApp(link);
    await expectKpis(emulatorSummary(10, 0, PIPELINE_IDS.wholesale));
    expect(screen.getByRole('radio', { name: 'Custom' })).toBeChecked();
    expect(screen.getByLabelText('From')).toHaveValue(localDayKey(10));
    expect(screen.getByLabelText('To')).toHaveValue(localDayKey(0));
    expect(screen.getByRole('combobox', { name: 'Pipeline' })).toHaveDisplayValue('Wholesale');
    expect(kpiCard('Came in')).toHaveTextContent('in the previous 11 days');
    expect(shared.router.state.location.search).toEqual({
      range: 'custom',
      from: localDayKey(10),
      to: localDayKey(0),
      pipeline: PIPELINE_IDS.wholesale,
    });
  });

  it('drops each bad value on its own and keeps the good ones', async () => {
    const { router } = renderApp(`/summary?range=yearly&from=2026-02-31&pipeline=-4`);
    await expectKpis(emulatorSummary(6, 0));
    expect(screen.getByRole('radio', { name: '7 days' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Pipeline' })).toHaveDisplayValue('All pipelines');
    expect(router.state.location.search).toEqual({});
  });

  it('fills a broken end of a custom period from the good one', async () => {
    const to = localDayKey(3);
    renderApp(`/summary?range=custom&from=someday&to=${to}&pipeline=${PIPELINE_IDS.sales}`);
    await expectKpis(emulatorSummary(9, 3, PIPELINE_IDS.sales));
    expect(screen.getByLabelText('From')).toHaveValue(localDayKey(9));
    expect(screen.getByLabelText('To')).toHaveValue(to);
    expect(screen.getByRole('combobox', { name: 'Pipeline' })).toHaveDisplayValue('Sales');
  });

  it('says so when nothing came in or was sorted in the period', async () => {
    renderApp('/summary?range=custom&from=2020-01-01&to=2020-01-07');
    await expectKpi('Came in', 0);
    expect(screen.getByText(/^Showing January 1\s–\s7, 2020$/)).toBeInTheDocument();
    expect(screen.getByText('No incoming leads came in or were sorted in this period.')).toBeInTheDocument();
    expect(kpiCard('Average sort time')).toHaveTextContent('Nothing sorted');
    expect(screen.queryByRole('table', { name: 'Outcomes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Day by day' })).not.toBeInTheDocument();
  });

  it('explains a failed request and loads the numbers on Retry', async () => {
    server.use(http.get(SUMMARY, () => problem(500, 'Summary service unavailable')));
    renderApp('/summary');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the summary');
    expect(alert).toHaveTextContent('amoCRM answered with a server error (500). Try again.');

    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectKpis(emulatorSummary(6, 0));
    expect(kpiCard('Came in')).toHaveTextContent('in the previous 7 days');
    expect(screen.queryByText('Could not load the summary')).not.toBeInTheDocument();
  });

  it('speaks Russian when the interface does', async () => {
    renderApp('/summary', { locale: 'ru' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Сводка' })).toBeInTheDocument();
    const week = emulatorSummary(6, 0);
    await waitFor(() => expect(screen.getByRole('group', { name: 'Пришло' })).toHaveTextContent(String(week.total)));
    expect(screen.getByRole('group', { name: 'Среднее время разбора' })).toHaveTextContent(
      formatDuration('ru', week.average_sort_time),
    );
    expect(screen.getByRole('radio', { name: '7 дней' })).toBeChecked();
  });
});
