import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emulator } from '../../mocks/runtimes/node';
import { passTimeUntil, renderApp } from '../support/render';
import { findLeadLinks, findLeadRows, useListViewport } from './inbox-helpers';

describe('Seeing incoming leads', () => {
  useListViewport();

  it('shows skeletons while the first page loads', async () => {
    emulator.setScenario('slow');
    renderApp('/inbox');
    expect(await screen.findByRole('status', { name: 'Loading incoming leads' })).toBeInTheDocument();
    // The slow scenario answers after 1.5 to 2.5 s: let that pass, request by request as the page asks.
    await passTimeUntil(() => expect(screen.getByRole('list', { name: 'Incoming leads' })).toBeInTheDocument(), 500);
    expect(screen.queryByRole('status', { name: 'Loading incoming leads' })).not.toBeInTheDocument();
  });

  it('lists the incoming leads of the account, newest first', async () => {
    renderApp('/inbox');
    const rows = await findLeadRows();
    expect(rows.length).toBeGreaterThan(5);
    const times = rows.map((row) => Date.parse(within(row).getByRole('time').getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('narrows the list to the categories in the URL', async () => {
    renderApp('/inbox?category=%5B%22sip%22%5D');
    const links = await findLeadLinks();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toHaveAccessibleName(/^Call from /);
  });

  it('ignores a malformed filter instead of failing', async () => {
    renderApp('/inbox?category=fax&pipeline=-3&sort=sideways&lead=');
    const rows = await findLeadRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(screen.getByRole('combobox', { name: 'Pipeline' })).toHaveValue('All pipelines');
  });

  it('says so when nothing is waiting', async () => {
    emulator.setScenario('empty-account');
    renderApp('/inbox');
    expect(await screen.findByText('No incoming leads in any pipeline')).toBeInTheDocument();
  });

  it('explains a failed load and recovers on Retry', async () => {
    emulator.setScenario('server-error');
    renderApp('/inbox');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load incoming leads');
    expect(alert).toHaveTextContent('amoCRM answered with a server error (500). Try again.');
    emulator.setScenario(null);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect((await findLeadRows()).length).toBeGreaterThan(0);
  });
});
