import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emulator } from '../../mocks/runtimes/node';
import { renderApp } from '../support/render';
import { findLeadLinks, useListViewport } from './inbox-helpers';

describe('A rejected token', () => {
  useListViewport();

  it('stops the live app with what to fix on the server, instead of a generic error', async () => {
    emulator.setScenario('expired-token');
    renderApp('/inbox', { config: { dataSource: 'live' } });

    const alert = (await screen.findByRole('heading', { name: 'amoCRM rejected the token' })).closest('[role="alert"]');
    expect(alert).toHaveTextContent('401 Unauthorized');
    expect(alert).toHaveTextContent('Check AMOCRM_TOKEN on the server');
    expect(screen.queryByText('Could not load incoming leads')).not.toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
  });

  it('gives the inbox back once the account accepts the token again', async () => {
    emulator.setScenario('expired-token');
    renderApp('/inbox', { config: { dataSource: 'live' } });
    await screen.findByRole('heading', { name: 'amoCRM rejected the token' });

    emulator.setScenario(null);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect((await findLeadLinks()).length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: 'amoCRM rejected the token' })).not.toBeInTheDocument();
  });

  it('speaks of the demo in the demo', async () => {
    emulator.setScenario('expired-token');
    renderApp('/inbox');

    expect(await screen.findByRole('heading', { name: 'The token was rejected' })).toBeInTheDocument();
    expect(screen.getByText(/The demo plays an expired token/)).toBeInTheDocument();
    expect(screen.queryByText(/AMOCRM_TOKEN/)).not.toBeInTheDocument();
  });

  it('is told in Russian in the Russian interface', async () => {
    emulator.setScenario('expired-token');
    renderApp('/inbox', { config: { dataSource: 'live' }, locale: 'ru' });

    expect(await screen.findByRole('heading', { name: 'amoCRM отклонил токен' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Попробовать снова' })).toBeInTheDocument();
  });
});
