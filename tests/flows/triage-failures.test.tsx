import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { emulator, server } from '../../mocks/runtimes/node';
import { forbidden, serverError, singleIssue } from '../../mocks/wire/problems';
import { passTimeUntil, renderApp } from '../support/render';
import { person, useListViewport } from './inbox-helpers';
import {
  addLeadsOnTop,
  expectGoneFromList,
  expectSortedAs,
  findDrawer,
  inboxUrl,
  passUndoWindow,
  pendingActions,
  shownUids,
} from './triage-helpers';

const ACCEPT = '*/api/v4/leads/unsorted/:uid/accept';

async function acceptAnnaAndFail(failure: () => Response) {
  server.use(http.post(ACCEPT, failure, { once: true }));
  const [uid = ''] = addLeadsOnTop({ category: 'mail', person: person('Anna Petrova') });
  renderApp(inboxUrl(uid));
  const drawer = await findDrawer('Anna Petrova');
  await userEvent.click(within(drawer).getByRole('button', { name: 'Accept' }));
  await expectGoneFromList(uid);
  await passUndoWindow();
  return uid;
}

/** The failure notification: its title and words, and whether it offers Retry. */
async function findFailureNotice(text: RegExp): Promise<HTMLElement> {
  let notice: HTMLElement | undefined;
  await waitFor(() => {
    notice = screen.getAllByRole('alert').find((alert) => alert.textContent?.includes('Could not accept Anna Petrova'));
    expect(notice).toBeDefined();
  });
  expect(notice).toHaveTextContent(text);
  return notice as HTMLElement;
}

function failureNotices(): HTMLElement[] {
  return screen.queryAllByRole('alert').filter((alert) => alert.textContent?.includes('Could not accept'));
}

describe('When amoCRM refuses an action, the lead comes back and the manager is told why', () => {
  useListViewport();

  it.each([
    ['a server error', () => serverError('legacy', 'f00d'), /server error \(500\)/],
    ['a network failure', () => HttpResponse.error(), /could not be reached/],
  ])('rolls back after %s and succeeds on Retry', async (_, failure, words) => {
    const uid = await acceptAnnaAndFail(failure);
    const notice = await findFailureNotice(words);
    await waitFor(async () => expect(await shownUids()).toContain(uid));
    expect(emulator.db.incoming.get(uid)?.state).toBe('pending');

    await userEvent.click(within(notice).getByRole('button', { name: 'Retry' }));
    await expectGoneFromList(uid);
    await expectSortedAs(uid, 'accepted');
  });

  it('says the manager has no right to accept, and puts the lead back without Retry', async () => {
    const uid = await acceptAnnaAndFail(() => forbidden());
    const notice = await findFailureNotice(/right to accept incoming leads in amoCRM/);
    expect(within(notice).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await waitFor(async () => expect(await shownUids()).toContain(uid));
  });

  it('puts the lead back when amoCRM rejects the request as invalid', async () => {
    const uid = await acceptAnnaAndFail(() => singleIssue('NotSupportedChoice', 'status_id'));
    await findFailureNotice(/./);
    await waitFor(async () => expect(await shownUids()).toContain(uid));
  });

  it('removes a lead someone else already sorted and says so, without an error', async () => {
    const [uid = ''] = addLeadsOnTop({ category: 'mail', person: person('Anna Petrova') });
    renderApp(inboxUrl(uid));
    const drawer = await findDrawer('Anna Petrova');
    const other = await fetch(`${window.location.origin}/api/v4/leads/unsorted/${uid}/decline`, { method: 'DELETE' });
    expect(other.status).toBe(200);

    await userEvent.click(within(drawer).getByRole('button', { name: 'Accept' }));
    await passUndoWindow();
    expect(await screen.findByText('Anna Petrova was already sorted by someone else'));
    expect(failureNotices()).toEqual([]);
    expect(await shownUids()).not.toContain(uid);
  });

  it('waits out a rate limit on its own, keeping the lead out of the list', async () => {
    server.use(
      http.post(ACCEPT, () => HttpResponse.text('<html>429 Too Many Requests</html>', { status: 429 }), {
        once: false,
      }),
    );
    const [uid = ''] = addLeadsOnTop({ category: 'mail', person: person('Anna Petrova') });
    renderApp(inboxUrl(uid));
    const drawer = await findDrawer('Anna Petrova');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Accept' }));
    await passUndoWindow();
    // The client retries the 429 after 1, 2 and 4 s, then the outbox waits on its own: let those seconds pass.
    await passTimeUntil(() => expect(pendingActions()).toHaveTextContent('Waiting for amoCRM (rate limit)'), 1000);
    expect(await shownUids()).not.toContain(uid);
    expect(failureNotices()).toEqual([]);
  });
});
