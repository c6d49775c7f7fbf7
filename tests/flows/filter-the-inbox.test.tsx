import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emulator } from '../../mocks/runtimes/node';
import { renderApp } from '../support/render';
import {
  addIncomingLead,
  findLeadLinks,
  findLeadRows,
  PIPELINE_IDS,
  person,
  useListViewport,
  waitingInEmulator,
} from './inbox-helpers';

const rowTimes = (rows: HTMLElement[]) =>
  rows.map((row) => Date.parse(within(row).getByRole('time').getAttribute('datetime') ?? ''));

describe('Filtering the inbox', () => {
  useListViewport();

  it('shows several categories at once, with live counts on the chips', async () => {
    const { router } = renderApp('/inbox');
    await findLeadRows();
    const calls = screen.getByRole('checkbox', { name: `Calls ${waitingInEmulator({ category: 'sip' })}` });
    const chats = await screen.findByRole('checkbox', { name: `Chats ${waitingInEmulator({ category: 'chats' })}` });
    await userEvent.click(calls);
    await userEvent.click(chats);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ category: ['sip', 'chats'] }));
    await waitFor(async () => {
      for (const link of await findLeadLinks()) expect(link).toHaveAccessibleName(/^(Call|Chat) from /);
    });
    expect(calls).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Forms/ })).not.toBeChecked();
  });

  it('shows one pipeline with its real name, and all of them again', async () => {
    const { router } = renderApp('/inbox');
    await findLeadRows();
    await userEvent.click(screen.getByRole('combobox', { name: 'Pipeline' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Wholesale' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ pipeline: PIPELINE_IDS.wholesale }));
    await waitFor(async () => {
      for (const row of await findLeadRows()) expect(row).toHaveTextContent('Wholesale');
    });
    expect(screen.getByRole('checkbox', { name: /^Calls/ })).toHaveAccessibleName(
      `Calls ${waitingInEmulator({ category: 'sip', pipelineId: PIPELINE_IDS.wholesale })}`,
    );

    await userEvent.click(screen.getByRole('combobox', { name: 'Pipeline' }));
    await userEvent.click(await screen.findByRole('option', { name: 'All pipelines' }));
    await waitFor(() => expect(router.state.location.search).not.toHaveProperty('pipeline'));
    expect(router.state.location.href).toBe('/inbox');
  });

  it('sorts oldest first and back, keeping the default out of the URL', async () => {
    const { router } = renderApp('/inbox');
    await findLeadRows();
    await userEvent.click(screen.getByRole('radio', { name: 'Oldest first' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'oldest' }));
    await waitFor(async () => {
      const times = rowTimes(await findLeadRows());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });
    await userEvent.click(screen.getByRole('radio', { name: 'Newest first' }));
    await waitFor(() => expect(router.state.location.href).toBe('/inbox'));
  });

  it('opens the lead of a shared link beside its list, on the right row', async () => {
    const uid = addIncomingLead({ category: 'forms', person: person('Shared Link') });
    renderApp(`/inbox?category=%5B%22forms%22%5D&lead=%22${uid}%22`);
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(drawer).toHaveTextContent('Shared Link'));
    await waitFor(async () => {
      const [first] = await findLeadRows();
      expect(first).toHaveAttribute('aria-current', 'true');
      expect(within(first as HTMLElement).getByRole('link')).toHaveAttribute('data-uid', uid);
    });
  });

  it('reproduces a view from its URL, and Back restores the previous one', async () => {
    const url = `/inbox?category=%5B%22forms%22%5D&pipeline=${PIPELINE_IDS.sales}&sort=oldest`;
    const { router } = renderApp(url);
    await findLeadRows();
    expect(screen.getByRole('checkbox', { name: /^Forms/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Pipeline' })).toHaveValue('Sales');
    expect(screen.getByRole('radio', { name: 'Oldest first' })).toBeChecked();
    for (const link of await findLeadLinks()) expect(link).toHaveAccessibleName(/^Form from /);

    await userEvent.click(screen.getByRole('checkbox', { name: /^Mail/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ category: ['forms', 'mail'] }));
    act(() => router.history.back());
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /^Mail/ })).not.toBeChecked());
    expect(router.state.location.search).toMatchObject({ category: ['forms'], pipeline: PIPELINE_IDS.sales });
    for (const link of await findLeadLinks()) expect(link).toHaveAccessibleName(/^Form from /);
  });
});

describe('The empty inbox', () => {
  useListViewport();

  it('names the filter that has nothing waiting', async () => {
    emulator.setScenario('empty-account');
    renderApp(`/inbox?category=%5B%22sip%22%5D&pipeline=${PIPELINE_IDS.sales}`);
    expect(await screen.findByText('No incoming calls in Sales')).toBeInTheDocument();
  });

  it('names several categories and the pipeline', async () => {
    emulator.setScenario('empty-account');
    renderApp(`/inbox?category=%5B%22chats%22%2C%22sip%22%5D&pipeline=${PIPELINE_IDS.wholesale}`);
    expect(await screen.findByText('No incoming calls or chats in Wholesale')).toBeInTheDocument();
  });
});
