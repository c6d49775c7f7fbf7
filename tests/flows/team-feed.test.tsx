import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OPERATOR_USER_ID } from '../../mocks/account/user-catalog';
import { passTime, renderApp } from '../support/render';
import { addIncomingLead, findLeadLinks, person, recordRequests, useListViewport } from './inbox-helpers';
import { findDrawer, shownUids } from './triage-helpers';

/** A colleague sorting a lead from their own screen: straight at the account, on their behalf. */
async function colleagueSorts(uid: string, action: 'accept' | 'decline') {
  const path = `/api/v4/leads/unsorted/${uid}/${action}`;
  const response = await fetch(new URL(path, window.location.origin), {
    method: action === 'accept' ? 'POST' : 'DELETE',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user_id: OPERATOR_USER_ID }),
  });
  expect(response.ok).toBe(true);
}

describe('One inbox for the team: the change feed', () => {
  useListViewport();

  it('takes away a lead a colleague sorted, and the open drawer says who did it and how', async () => {
    renderApp('/inbox', { changeFeed: true });
    const [uid] = (await shownUids()) as string[];
    await userEvent.click((await findLeadLinks())[0] as HTMLElement);
    const drawer = await findDrawer('Incoming lead');
    await colleagueSorts(uid as string, 'accept');

    await waitFor(() =>
      expect(within(drawer).getByRole('status')).toHaveTextContent('Accepted by Дмитрий Соколов just now'),
    );
    expect(within(drawer).queryByRole('button', { name: /^Accept/ })).not.toBeInTheDocument();
    await waitFor(async () => expect(await shownUids()).not.toContain(uid));
    // Nothing of this manager's failed: no action was sent, nothing is waiting to be retried.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says a decline too, and minutes later how long ago it was', async () => {
    renderApp('/inbox', { changeFeed: true });
    const [uid] = (await shownUids()) as string[];
    await userEvent.click((await findLeadLinks())[0] as HTMLElement);
    const drawer = await findDrawer('Incoming lead');
    await colleagueSorts(uid as string, 'decline');
    await waitFor(() =>
      expect(within(drawer).getByRole('status')).toHaveTextContent('Declined by Дмитрий Соколов just now'),
    );
    await passTime(3 * 60_000);
    await waitFor(() =>
      expect(within(drawer).getByRole('status')).toHaveTextContent('Declined by Дмитрий Соколов 3 min ago'),
    );
  });

  it('counts a new arrival the moment it comes, with nothing asked of the account', async () => {
    renderApp('/inbox', { changeFeed: true });
    expect(await screen.findByText('Live')).toBeInTheDocument();
    await findLeadLinks();
    const requests = recordRequests();
    addIncomingLead({ category: 'sip', person: person('Olga Newcomer') });
    expect(await screen.findByRole('button', { name: '1 new incoming lead' })).toBeInTheDocument();
    expect(requests.all()).toEqual([]);
  });

  it('says nothing about live updates where there is no feed (an nginx-only deployment)', async () => {
    renderApp('/inbox', { changeFeed: '/team/no-feed-here' });
    await findLeadLinks();
    addIncomingLead({ category: 'sip', person: person('Olga Newcomer') });
    await passTime(60_000);
    expect(screen.queryByText('Live')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '1 new incoming lead' })).not.toBeInTheDocument();
  });
});
