import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emulator } from '../../mocks/node';
import { renderApp } from '../render';

async function findLeadRows() {
  const table = await screen.findByRole('table', { name: 'Incoming leads' });
  const [, ...rows] = within(table).getAllByRole('row');
  return rows;
}

describe('Seeing incoming leads', () => {
  it('lists the incoming leads of the account, newest first', async () => {
    renderApp('/inbox');
    const rows = await findLeadRows();
    expect(rows.length).toBeGreaterThan(10);
    const times = rows.map((row) => Date.parse(within(row).getByRole('time').getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('narrows the list to the categories in the URL', async () => {
    renderApp('/inbox?category=%5B%22sip%22%5D');
    const rows = await findLeadRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(within(row).getByText('Call')).toBeInTheDocument();
  });

  it('ignores a malformed filter instead of failing', async () => {
    renderApp('/inbox?category=fax&pipeline=-3');
    const rows = await findLeadRows();
    expect(rows.length).toBeGreaterThan(0);
  });

  it('says so when nothing is waiting', async () => {
    emulator.setScenario('empty-account');
    renderApp('/inbox');
    expect(await screen.findByText('No incoming leads are waiting.')).toBeInTheDocument();
  });

  it('explains a failed load and recovers on Retry', async () => {
    emulator.setScenario('server-error');
    renderApp('/inbox');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load incoming leads');
    emulator.setScenario(null);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect((await findLeadRows()).length).toBeGreaterThan(0);
  });
});
