import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { emulator } from '../../mocks/runtimes/node';
import { passTime, renderApp } from '../support/render';
import { person, useListViewport } from './inbox-helpers';
import {
  addLeadsOnTop,
  expectGoneFromList,
  expectSortedAs,
  findDrawer,
  inboxUrl,
  incomingRecord,
  passUndoWindow,
  pendingActions,
  shownUids,
} from './triage-helpers';

describe('Holding actions for a few seconds, and keeping them when the session ends', () => {
  useListViewport();

  it('shows the action counting down in the tray, and Undo brings the lead back with nothing sent', async () => {
    const [uid = ''] = addLeadsOnTop({ category: 'mail', person: person('Anna Petrova') });
    renderApp(inboxUrl(uid), { graceMs: 1500 });
    const drawer = await findDrawer('Anna Petrova');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Accept' }));
    await expectGoneFromList(uid);

    const line = within(pendingActions()).getByRole('listitem');
    expect(line).toHaveTextContent(/Accepting Anna Petrova…\s*[12] s/);
    await userEvent.click(within(line).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await shownUids()).toContain(uid));
    expect(screen.queryByRole('region', { name: 'Pending actions' })).not.toBeInTheDocument();
    // Past the undo window: had Undo not dropped it, the action would be sent now.
    await passTime(1800);
    expect(incomingRecord(uid).state).toBe('pending');
  });

  it('says pending actions live only in this tab when the browser cannot store them, and still sends them', async () => {
    const [uid = ''] = addLeadsOnTop({ category: 'mail', person: person('Anna Petrova') });
    renderApp(inboxUrl(uid));
    const drawer = await findDrawer('Anna Petrova');
    // localStorage full from here on, as in a private window over its quota; sessionStorage still works.
    const setItem = Storage.prototype.setItem;
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    // One jsdom serves the files of a worker: the next test must find storage working again.
    onTestFinished(() => full.mockRestore());
    await userEvent.click(within(drawer).getByRole('button', { name: 'Accept' }));
    await expectGoneFromList(uid);

    expect(within(pendingActions()).getByRole('status')).toHaveTextContent(
      'This browser cannot store pending actions: keep this tab open until they are sent.',
    );
    await passUndoWindow();
    await expectSortedAs(uid, 'accepted');
  });

  it('undoes the last action with z', async () => {
    const [first = '', second] = addLeadsOnTop(
      { category: 'sip', person: person('Zed First') },
      { category: 'sip', person: person('Zed Second') },
    );
    renderApp(inboxUrl(), { graceMs: 1500 });
    await waitFor(async () => expect((await shownUids())[0]).toBe(first));
    await userEvent.keyboard('j');
    await userEvent.keyboard('a');
    await expectGoneFromList(first);
    await waitFor(async () => expect((await shownUids())[0]).toBe(second));

    await userEvent.keyboard('z');
    await waitFor(async () => expect((await shownUids())[0]).toBe(first));
    // Past the undo window: had Undo not dropped it, the action would be sent now.
    await passTime(1800);
    expect(incomingRecord(first).state).toBe('pending');
  });

  it('keeps the action through a rejected session and sends it once signed in again', async () => {
    const [uid = ''] = addLeadsOnTop({ category: 'chats', person: person('Kept Action') });
    renderApp(inboxUrl(uid), { graceMs: 100 });
    const drawer = await findDrawer('Kept Action');
    emulator.setScenario('expired-token');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Accept' }));
    await passTime(100);

    expect(
      await screen.findByText('amoCRM rejected the session — 1 action is kept and will be sent when you sign in again'),
    ).toBeVisible();
    expect(within(pendingActions()).getByRole('listitem')).toHaveTextContent('Kept until you sign in again');
    expect(incomingRecord(uid).state).toBe('pending');

    emulator.setScenario(null);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await expectSortedAs(uid, 'accepted');
    await waitFor(() => expect(screen.queryByText(/amoCRM rejected the session/)).not.toBeInTheDocument());
  });
});
