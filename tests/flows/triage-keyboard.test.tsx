import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { crmQueries } from '@/crm/crm-queries';
import { server } from '../../mocks/runtimes/node';
import { renderApp } from '../support/render';
import { person, useListViewport } from './inbox-helpers';
import { addLeadsOnTop, crmLeadOf, expectSortedAs, findDrawer, inboxUrl, shownUids } from './triage-helpers';

describe('Triaging without the mouse', () => {
  useListViewport();

  it('runs through the inbox: a accepts, d declines (on any layout), and each time the next lead opens', async () => {
    const [first = '', second = '', third] = addLeadsOnTop(
      { category: 'chats', person: person('Run First') },
      { category: 'chats', person: person('Run Second') },
      { category: 'chats', person: person('Run Third') },
    );
    const { router } = renderApp(inboxUrl(), { graceMs: 200 });
    await waitFor(async () => expect((await shownUids())[0]).toBe(first));
    await userEvent.keyboard('j{Enter}');
    await findDrawer('Run First');

    await userEvent.keyboard('a');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ lead: second }));
    await findDrawer('Run Second');
    // d by its physical key: the Russian layout types "в" there.
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'в', code: 'KeyD' });
    await waitFor(() => expect(router.state.location.search).toMatchObject({ lead: third }));
    await findDrawer('Run Third');

    await expectSortedAs(first, 'accepted');
    await expectSortedAs(second, 'declined');
    expect(crmLeadOf(first).status_id).toBe(30846280);
  });

  it('says the stages are still loading when a comes before the pipelines, and accepts once they are in', async () => {
    const [first = ''] = addLeadsOnTop({ category: 'chats', person: person('Early Key') });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Held, then passed on to the emulator's own handler.
    server.use(http.get('*/api/v4/leads/pipelines', () => held.then(() => undefined)));
    const { queryClient, api } = renderApp(inboxUrl(), { graceMs: 200 });
    await waitFor(async () => expect((await shownUids())[0]).toBe(first));

    await userEvent.keyboard('ja');
    expect(await screen.findByText('Still loading the pipeline stages: press A again in a moment')).toBeVisible();
    expect((await shownUids())[0]).toBe(first);

    release();
    await waitFor(() => expect(queryClient.getQueryData(crmQueries.pipelines(api).queryKey)).toBeDefined());
    await userEvent.keyboard('a');
    await expectSortedAs(first, 'accepted');
  });

  it('selects with x, a range with Shift+x or Shift+click, and shows the bulk bar', async () => {
    addLeadsOnTop(
      { category: 'sip', person: person('Row One') },
      { category: 'sip', person: person('Row Two') },
      { category: 'sip', person: person('Row Three') },
      { category: 'sip', person: person('Row Four') },
      { category: 'sip', person: person('Row Five') },
    );
    renderApp(inboxUrl());
    const checkbox = async (name: string) =>
      screen.findByRole('checkbox', { name: new RegExp(`^Select Call from ${name}`) });
    await checkbox('Row One');

    await userEvent.keyboard('jx');
    expect(await checkbox('Row One')).toBeChecked();
    await userEvent.keyboard('jj{Shift>}x{/Shift}');
    for (const name of ['Row One', 'Row Two', 'Row Three']) expect(await checkbox(name)).toBeChecked();
    expect(await checkbox('Row Four')).not.toBeChecked();
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(bar).toHaveTextContent('3 selected');

    await userEvent.keyboard('x');
    expect(await checkbox('Row Three')).not.toBeChecked();
    await userEvent.click(await checkbox('Row Four'));
    const user = userEvent.setup();
    await user.keyboard('{Shift>}');
    await user.click(await checkbox('Row Five'));
    await user.keyboard('{/Shift}');
    expect(await checkbox('Row Five')).toBeChecked();
    expect(bar).toHaveTextContent('4 selected');
    expect(within(bar).getByRole('button', { name: 'Accept 4' })).toBeEnabled();

    await userEvent.click(within(bar).getByRole('button', { name: 'Clear' }));
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).not.toBeInTheDocument();
    expect(await checkbox('Row One')).not.toBeChecked();
  });

  it('lists the triage keys in the shortcut sheet', async () => {
    renderApp(inboxUrl());
    await shownUids();
    await userEvent.keyboard('{Shift>}[Slash]{/Shift}');
    const sheet = await screen.findByRole('table', { name: 'Keyboard shortcuts' });
    for (const action of [/^Accept into the remembered stage/, /^Decline/, /^Link the chat/, /^Undo/, /^Select the/]) {
      expect(within(sheet).getByRole('cell', { name: action })).toBeInTheDocument();
    }
  });
});
