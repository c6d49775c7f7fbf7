import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { passTime, renderApp } from '../support/render';
import { person, useListViewport } from './inbox-helpers';
import { tableRows } from './summary-helpers';
import { addLeadsOnTop, findDrawer, goTo, incomingRecord, passUndoWindow } from './triage-helpers';

describe('Pending actions on every page', () => {
  useListViewport();

  // Two drawers and the summary's requests on one rate-limited client: more than the default 15 s on a busy machine.
  it('shows the tray on the summary, where Undo and z take an accept back within its window', {
    timeout: 30_000,
  }, async () => {
    const [first = '', second = ''] = addLeadsOnTop(
      { category: 'sip', person: person('Anna Petrova') },
      { category: 'sip', person: person('Boris Orlov') },
    );
    const { router, outbox } = renderApp(`/inbox?lead=%22${first}%22`);
    await userEvent.click(within(await findDrawer('Anna Petrova')).getByRole('button', { name: 'Accept' }));
    await router.navigate({ to: '/inbox', search: { lead: second } });
    await userEvent.click(within(await findDrawer('Boris Orlov')).getByRole('button', { name: 'Accept' }));
    await goTo('Summary');
    await screen.findByRole('heading', { name: 'Summary', level: 1 });

    const tray = await screen.findByRole('region', { name: 'Pending actions' });
    expect(within(tray).getAllByRole('listitem')).toHaveLength(2);
    await userEvent.keyboard('z');
    await waitFor(() => expect(within(tray).getAllByRole('listitem')).toHaveLength(1));
    // z took back the newest: Boris's accept.
    expect(outbox.getSnapshot().map((action) => action.lead.uid)).toEqual([first]);
    await userEvent.click(within(tray).getByRole('button', { name: /^Undo/ }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Pending actions' })).not.toBeInTheDocument());

    await passUndoWindow();
    expect(incomingRecord(first).state).toBe('pending');
    expect(incomingRecord(second).state).toBe('pending');
  });

  it('counts a decline reason in the breakdown as soon as the decline is made', async () => {
    const [uid = ''] = addLeadsOnTop({ category: 'forms', person: person('Spam Sender') });
    const { router } = renderApp(`/inbox?lead=%22${uid}%22`);
    await userEvent.click(within(await findDrawer('Spam Sender')).getByRole('button', { name: 'Decline…' }));
    const confirm = await screen.findByRole('dialog', { name: /^Decline .*\?$/ });
    await userEvent.click(within(confirm).getByRole('radio', { name: 'Spam' }));
    await userEvent.click(within(confirm).getByRole('button', { name: 'Decline' }));

    await router.navigate({ to: '/summary' });
    await screen.findByRole('heading', { name: 'Why leads were declined' });
    expect(tableRows('Why leads were declined')).toEqual([['Spam', '1', '100%']]);
    expect(incomingRecord(uid).state).toBe('pending');

    // Taken back, it leaves the breakdown; sent, it stays there once.
    await userEvent.keyboard('z');
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Why leads were declined' })).not.toBeInTheDocument(),
    );
    await passTime(10_000);
    expect(incomingRecord(uid).state).toBe('pending');
  });
});
