import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { emulator, server } from '../../mocks/runtimes/node';
import { renderApp } from '../support/render';
import { person, useListViewport, waitingInEmulator } from './inbox-helpers';
import { addLeadsOnTop, expectSortedAs, inboxUrl, incomingRecord, passUndoWindow, shownUids } from './triage-helpers';

async function selectTopRows(...names: string[]): Promise<HTMLElement> {
  for (const name of names) {
    await userEvent.click(await screen.findByRole('checkbox', { name: new RegExp(`^Select Mail from ${name}`) }));
  }
  return screen.getByRole('toolbar', { name: 'Bulk actions' });
}

describe('Acting on many incoming leads at once', () => {
  useListViewport();

  it('selects all matching leads across pages', async () => {
    const total = waitingInEmulator();
    renderApp(inboxUrl());
    await shownUids();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select all 250 shown incoming leads' }));
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(bar).toHaveTextContent('250 selected');

    await userEvent.click(within(bar).getByRole('button', { name: `Select all ${total} matching` }));
    await waitFor(() => expect(bar).toHaveTextContent(`Selected all ${total} matching`));
    expect(within(bar).getByRole('button', { name: `Decline ${total}…` })).toBeInTheDocument();
  });

  it('declines a selection one by one and reports each lead: done, already handled, failed with Retry', async () => {
    const [done = '', handled = '', failing = ''] = addLeadsOnTop(
      { category: 'mail', person: person('Bulk Done') },
      { category: 'mail', person: person('Bulk Handled') },
      { category: 'mail', person: person('Bulk Failing') },
    );
    server.use(
      http.delete(`*/api/v4/leads/unsorted/${failing}/decline`, () =>
        HttpResponse.json(
          { title: 'Internal Server Error', status: 500, detail: 'Database unavailable' },
          { status: 500 },
        ),
      ),
    );
    renderApp(inboxUrl());
    const bar = await selectTopRows('Bulk Done', 'Bulk Handled', 'Bulk Failing');
    await userEvent.click(within(bar).getByRole('button', { name: 'Decline 3…' }));
    const confirm = await screen.findByRole('dialog', { name: 'Decline 3 incoming leads?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Decline' }));
    // Someone else sorts one of them during the grace window.
    incomingRecord(handled).state = 'accepted';
    expect(await screen.findByRole('dialog', { name: /^Declining \d of 3$/ })).toBeInTheDocument();
    await passUndoWindow();

    const results = await screen.findByRole('dialog', { name: 'Bulk decline finished' });
    expect(results).toHaveTextContent('1 declined');
    expect(within(results).getByRole('list', { name: 'Already handled by someone else' })).toHaveTextContent(
      'Bulk Handled',
    );
    expect(within(results).getByRole('list', { name: 'Failed' })).toHaveTextContent(/Bulk Failing: .+/);
    await expectSortedAs(done, 'declined');
    await waitFor(async () => expect(await shownUids()).toContain(failing));

    server.resetHandlers();
    await userEvent.click(within(results).getByRole('button', { name: 'Retry failed' }));
    await passUndoWindow();
    await waitFor(() =>
      expect(screen.getByRole('dialog', { name: 'Bulk decline finished' })).toHaveTextContent('1 declined'),
    );
    await expectSortedAs(failing, 'declined');
  });

  it('cancels a bulk run: what was not sent comes back', async () => {
    const uids = addLeadsOnTop(
      { category: 'mail', person: person('Cancel One') },
      { category: 'mail', person: person('Cancel Two') },
    );
    renderApp(inboxUrl(), { graceMs: 5000 });
    const bar = await selectTopRows('Cancel One', 'Cancel Two');
    await userEvent.click(within(bar).getByRole('button', { name: 'Accept 2' }));
    const progress = await screen.findByRole('dialog', { name: 'Accepting 0 of 2' });
    await userEvent.click(within(progress).getByRole('button', { name: 'Cancel' }));

    const results = await screen.findByRole('dialog', { name: 'Bulk accept finished' });
    expect(results).toHaveTextContent('2 not sent (cancelled)');
    await waitFor(async () => expect((await shownUids()).slice(0, 2)).toEqual(uids));
    expect(uids.map((uid) => emulator.db.incoming.get(uid)?.state)).toEqual(['pending', 'pending']);
  });
});
