import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { renderApp } from '../support/render';
import {
  addIncomingLead,
  findLeadLinks,
  PIPELINE_IDS,
  person,
  useListViewport,
  waitingInEmulator,
} from './inbox-helpers';

const uidsOf = async () => (await findLeadLinks()).map((link) => link.getAttribute('data-uid'));

describe('Keeping the inbox fresh', () => {
  useListViewport();

  it('offers new arrivals in a bar and shows them only when asked', async () => {
    const { queryClient } = renderApp('/inbox');
    const before = await uidsOf();
    const uid = addIncomingLead({ category: 'sip', person: person('Olga Newcomer') });
    // What the 30-second poll and a return to the tab do.
    await act(() => queryClient.invalidateQueries({ queryKey: incomingLeadQueries.waitingSets() }));
    const bar = await screen.findByRole('button', { name: '1 new incoming lead' });
    expect(await uidsOf()).toEqual(before);

    await userEvent.click(bar);
    await waitFor(async () => expect((await uidsOf())[0]).toBe(uid));
    expect(screen.queryByRole('button', { name: /new incoming lead/ })).not.toBeInTheDocument();
  });

  it('counts only arrivals the current filter would show', async () => {
    const { queryClient } = renderApp('/inbox?category=%5B%22mail%22%5D');
    await findLeadLinks();
    addIncomingLead({ category: 'sip' });
    addIncomingLead({ category: 'mail' });
    addIncomingLead({ category: 'mail', pipeline_id: PIPELINE_IDS.partners });
    await act(() => queryClient.invalidateQueries({ queryKey: incomingLeadQueries.waitingSets() }));
    expect(await screen.findByRole('button', { name: '2 new incoming leads' })).toBeInTheDocument();
  });

  it('carries the waiting count in the tab title', async () => {
    const { queryClient } = renderApp(`/inbox?pipeline=${PIPELINE_IDS.wholesale}`);
    const waiting = waitingInEmulator({ pipelineId: PIPELINE_IDS.wholesale });
    await waitFor(() => expect(document.title).toBe(`(${waiting}) Incoming leads`));
    addIncomingLead({ pipeline_id: PIPELINE_IDS.wholesale });
    await act(() => queryClient.invalidateQueries({ queryKey: incomingLeadQueries.waitingSets() }));
    await waitFor(() => expect(document.title).toBe(`(${waiting + 1}) Incoming leads`));
  });

  it('says when the browser is offline and keeps the loaded list', async () => {
    renderApp('/inbox');
    const loaded = await uidsOf();
    onTestFinished(() => {
      window.dispatchEvent(new Event('online'));
    });
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(await screen.findByText(/You are offline — showing what was loaded/)).toBeInTheDocument();
    expect(await uidsOf()).toEqual(loaded);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument());
  });
});
