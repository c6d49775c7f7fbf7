import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';
import {
  findLeadLinks,
  findLeadList,
  findLeadRows,
  PIPELINE_IDS,
  recordRequests,
  useListViewport,
  waitingInEmulator,
} from './inbox-helpers';

const ROW_HEIGHT = 64;

describe('What the inbox costs the API', () => {
  useListViewport();

  it('looks up names and prices for a page in one leads and one contacts request', async () => {
    const requests = recordRequests();
    renderApp(`/inbox?pipeline=${PIPELINE_IDS.partners}`);
    expect(waitingInEmulator({ pipelineId: PIPELINE_IDS.partners })).toBeLessThan(250);
    const [first] = await findLeadLinks();
    await waitFor(() => expect(first).not.toHaveTextContent('Lead without a name'));
    const pageCost = requests.listPages().length + requests.leadLookups().length + requests.contactLookups().length;
    expect(pageCost).toBe(3);
    expect(requests.listPages()[0]?.searchParams.get('limit')).toBe('250');
  });

  it('loads the next page of 250 as the manager scrolls, at the same cost', async () => {
    const requests = recordRequests();
    renderApp('/inbox');
    await findLeadRows();
    expect(requests.listPages()).toHaveLength(1);
    const scroller = (await findLeadList()).parentElement as HTMLElement;
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, writable: true, value: 245 * ROW_HEIGHT });
    fireEvent.scroll(scroller);
    await waitFor(() => expect(requests.listPages()).toHaveLength(2));
    await waitFor(async () =>
      expect(
        within(await findLeadList())
          .getAllByRole('listitem')
          .at(-1),
      ).toHaveAttribute('aria-setsize', String(waitingInEmulator())),
    );
    expect(requests.leadLookups()).toHaveLength(2);
    expect(requests.contactLookups()).toHaveLength(2);
    // The client's stop rule: a short second page ends the list, nothing past it is asked for.
    expect(requests.listPages().map((url) => url.searchParams.get('page'))).toEqual(['1', '2']);
  });

  it('opens and closes a lead without fetching the list again', async () => {
    const requests = recordRequests();
    const { router } = renderApp('/inbox');
    const [first] = await findLeadLinks();
    await waitFor(() => expect(first).not.toHaveTextContent('Lead without a name'));
    const uid = first?.getAttribute('data-uid');
    await userEvent.click(first as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ lead: uid }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(await findLeadList()).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close the incoming lead' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    act(() => router.history.back());
    await waitFor(() => expect(screen.getByRole('dialog')).toBeInTheDocument());
    expect(requests.listPages()).toHaveLength(1);
  });
});
