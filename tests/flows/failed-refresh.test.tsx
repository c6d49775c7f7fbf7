import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emulator } from '../../mocks/runtimes/node';
import { renderApp } from '../support/render';
import { useListViewport } from './inbox-helpers';

/** What a 30-second poll, a return to the tab or a change of the demo's behaviour does: refresh what is shown. */
function refreshEverything(queryClient: ReturnType<typeof renderApp>['queryClient']): void {
  act(() => {
    void queryClient.invalidateQueries();
  });
}

const WORDS = {
  en: {
    list: 'Incoming leads',
    title: 'Could not refresh',
    text: /^Showing what was loaded at \d{1,2}:\d\d( [AP]M)?; it may be out of date\.$/,
    retry: 'Retry',
  },
  ru: {
    list: 'Неразобранные заявки',
    title: 'Не удалось обновить данные',
    text: /^Показаны данные, загруженные в \d{1,2}:\d\d; они могут быть устаревшими\.$/,
    retry: 'Повторить',
  },
} as const;

describe('A refresh that fails', () => {
  useListViewport();

  it.each(['en', 'ru'] as const)(
    'keeps the list and the open lead on screen, says so in one banner, and Retry refreshes (%s)',
    async (locale) => {
      const words = WORDS[locale];
      const { queryClient } = renderApp('/inbox', { locale });
      const links = async () => within(await screen.findByRole('list', { name: words.list })).findAllByRole('link');
      const [first] = await links();
      await userEvent.click(first as HTMLElement);
      const heading = await within(await screen.findByRole('dialog')).findByRole('heading', { level: 2 });
      const name = heading.textContent ?? '';
      const rows = (await links()).length;

      emulator.setScenario('server-error');
      refreshEverything(queryClient);

      const banner = await screen.findByRole('alert', { name: words.title });
      expect(within(banner).getByText(words.text)).toBeInTheDocument();
      expect(screen.getAllByRole('alert')).toHaveLength(1);
      expect(await links()).toHaveLength(rows);
      expect(within(screen.getByRole('dialog')).getByRole('heading', { level: 2 })).toHaveTextContent(name);

      emulator.setScenario(null);
      await userEvent.click(within(banner).getByRole('button', { name: words.retry }));
      await waitFor(() => expect(screen.queryByRole('alert', { name: words.title })).not.toBeInTheDocument());
      expect(await links()).toHaveLength(rows);
    },
  );

  it('keeps the summary on screen too', async () => {
    const { queryClient } = renderApp('/summary');
    const before = (await screen.findByRole('group', { name: 'Came in' })).textContent ?? '';

    emulator.setScenario('server-error');
    refreshEverything(queryClient);

    expect(await screen.findByRole('alert', { name: 'Could not refresh' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Came in' })).toHaveTextContent(before);
    expect(screen.queryByText('Could not load the summary')).not.toBeInTheDocument();
  });

  it('shows the full error when there was nothing to show yet', async () => {
    emulator.setScenario('server-error');
    renderApp('/inbox');
    expect(await screen.findByRole('alert', { name: /Could not load incoming leads/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'Could not refresh' })).not.toBeInTheDocument();
  });
});
