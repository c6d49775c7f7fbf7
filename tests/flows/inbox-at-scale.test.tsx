import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';
import { addIncomingLead, findLeadList, findLeadRows, recordRequests, useListViewport } from './inbox-helpers';

const ROW_HEIGHT = 64;
const MAX_ROWS_IN_DOM = 40;

function addManyIncomingLeads(count: number) {
  const now = Math.floor(Date.now() / 1000);
  for (let index = 0; index < count; index++) addIncomingLead({ created_at: now - 60 - index * 37 });
}

async function scrollListTo(offset: number) {
  const scroller = (await findLeadList()).parentElement as HTMLElement;
  Object.defineProperty(scroller, 'scrollTop', { configurable: true, writable: true, value: offset });
  fireEvent.scroll(scroller);
}

const positions = (rows: HTMLElement[]) => rows.map((row) => Number(row.getAttribute('aria-posinset')));

describe('The inbox with many incoming leads', () => {
  useListViewport();

  it('keeps a bounded number of rows in the DOM however far the manager scrolls', async () => {
    addManyIncomingLeads(1000);
    const requests = recordRequests();
    renderApp('/inbox');
    expect((await findLeadRows()).length).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);

    await scrollListTo(240 * ROW_HEIGHT);
    await waitFor(() => expect(requests.listPages()).toHaveLength(2));
    await scrollListTo(480 * ROW_HEIGHT);
    await waitFor(() => expect(requests.listPages()).toHaveLength(3));
    await waitFor(async () => expect(Math.min(...positions(await findLeadRows()))).toBeGreaterThan(470));
    const rows = await findLeadRows();
    expect(rows.length).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    expect(Math.max(...positions(rows))).toBeLessThan(500);
  }, 30_000);

  it('comes back at the same place with the same pages after another page', async () => {
    const requests = recordRequests();
    const { router } = renderApp('/inbox');
    await findLeadRows();
    await scrollListTo(100 * ROW_HEIGHT);
    await waitFor(async () => expect(Math.min(...positions(await findLeadRows()))).toBeGreaterThan(90));

    act(() => router.history.push('/somewhere-else'));
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    act(() => router.history.back());
    const rows = await findLeadRows();
    expect(Math.min(...positions(rows))).toBeGreaterThan(90);
    expect(Math.min(...positions(rows))).toBeLessThanOrEqual(101);
    expect(requests.listPages()).toHaveLength(1);
  });

  it('keeps the list and its place while a lead is open', async () => {
    const { router } = renderApp('/inbox');
    await findLeadRows();
    await scrollListTo(60 * ROW_HEIGHT);
    await waitFor(async () => expect(Math.min(...positions(await findLeadRows()))).toBeGreaterThan(50));
    const list = await findLeadList();
    const [link] = await screen.findAllByRole('link', { name: /waiting/ });
    await userEvent.click(link as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toHaveProperty('lead'));
    expect(await findLeadList()).toBe(list);
    expect(Math.min(...positions(await findLeadRows()))).toBeGreaterThan(50);
  });
});
