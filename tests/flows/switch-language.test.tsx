import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { initialLocale, rememberLocale } from '@/app/locale-preference';
import { formatDateTime } from '@/features/lead-drawer/lead-drawer-text';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { renderApp } from '../support/render';
import { addIncomingLead, findLeadList, person, useListViewport, waitingInEmulator } from './inbox-helpers';
import { addLeadsOnTop, findDrawer, inboxUrl, incomingRecord, pendingActions } from './triage-helpers';

describe('Switching the interface language', () => {
  useListViewport();

  it('turns the inbox Russian without a reload, with Russian plurals and dates, and remembers the choice', async () => {
    const [annaUid = ''] = addLeadsOnTop(
      { category: 'sip', person: person('Anna Petrova') },
      { category: 'chats', person: person('Boris Chat', '79990002233') },
      { category: 'mail', person: person('Olga Mail', '79990003344', 'olga@example.org') },
    );
    const { queryClient } = renderApp(inboxUrl(annaUid), {
      graceMs: 60_000,
      onLocaleChange: (locale) => rememberLocale(window.localStorage, locale),
    });
    let drawer = await findDrawer('Anna Petrova');
    expect(screen.getByRole('heading', { level: 1, name: 'Inbox' })).toBeInTheDocument();
    const sipCount = waitingInEmulator({ category: 'sip' });
    expect(await screen.findByRole('checkbox', { name: `Calls ${sipCount}` })).toBeInTheDocument();
    const arrived = formatDateTime(incomingRecord(annaUid).created_at * 1000, 'en-US');
    expect(within(drawer).getAllByText(arrived).length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('en');

    expect(await findLeadList()).toBeInTheDocument();
    const language = screen.getByRole('radiogroup', { name: 'Language' });
    await userEvent.click(within(language).getByRole('radio', { name: 'Русский' }));

    // The same screen, the same open lead, now in Russian: nothing was reloaded.
    expect(await screen.findByRole('heading', { level: 1, name: 'Неразобранное' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
    expect(screen.getByRole('radiogroup', { name: 'Язык' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: `Звонки ${sipCount}` })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Воронка' })).toBeInTheDocument();
    drawer = screen.getByRole('dialog', { name: /^Звонок: / });
    expect(within(drawer).getByRole('button', { name: 'Принять' })).toBeEnabled();
    expect(within(drawer).getByRole('heading', { name: 'О звонке' })).toBeInTheDocument();
    const arrivedRu = formatDateTime(incomingRecord(annaUid).created_at * 1000, 'ru');
    expect(within(drawer).getAllByText(arrivedRu).length).toBeGreaterThan(0);
    expect(within(drawer).getAllByText(/^\d{1,2} [а-я]+\. \d{4} г\., \d{2}:\d{2}$/).length).toBeGreaterThan(0);
    await waitFor(() => expect(document.title).toBe(`(${waitingInEmulator()}) Неразобранное`));
    const list = screen.getByRole('list', { name: 'Неразобранные заявки' });
    expect(within(list).getByRole('link', { name: /^Чат: Boris Chat — .*, ждёт меньше минуты$/ })).toBeInTheDocument();

    // Counts in Russian plural forms: 2 новые заявки, 5 новых заявок.
    addIncomingLead({ category: 'sip' });
    addIncomingLead({ category: 'forms' });
    await act(() => queryClient.invalidateQueries({ queryKey: incomingLeadQueries.waitingSets() }));
    expect(await screen.findByRole('button', { name: '2 новые заявки' })).toBeInTheDocument();
    for (let added = 0; added < 3; added += 1) addIncomingLead({ category: 'mail' });
    await act(() => queryClient.invalidateQueries({ queryKey: incomingLeadQueries.waitingSets() }));
    expect(await screen.findByRole('button', { name: '5 новых заявок' })).toBeInTheDocument();

    // A bulk run in the pending-actions tray, then the tray follows the language both ways.
    await userEvent.click(within(drawer).getByRole('button', { name: 'Закрыть заявку' }));
    await userEvent.click(within(list).getByRole('checkbox', { name: /^Выбрать: Чат: Boris Chat/ }));
    await userEvent.click(within(list).getByRole('checkbox', { name: /^Выбрать: Письмо: Olga Mail/ }));
    const bar = screen.getByRole('toolbar', { name: 'Действия с выбранными' });
    expect(bar).toHaveTextContent('Выбрано 2');
    await userEvent.click(within(bar).getByRole('button', { name: 'Принять 2' }));
    const tray = await screen.findByRole('region', { name: 'Действия в очереди' });
    await waitFor(() => expect(tray).toHaveTextContent('Принимаем 2 заявки'));
    expect(tray).toHaveTextContent('Отправлено 0 из 2');

    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Язык' })).getByRole('radio', { name: 'English' }),
    );
    await waitFor(() => expect(pendingActions()).toHaveTextContent('Accepting 2 incoming leads'));
    expect(screen.getByRole('heading', { level: 1, name: 'Inbox' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Language' })).getByRole('radio', { name: 'Русский' }),
    );
    expect(initialLocale(window.localStorage, ['en-US'])).toBe('ru');
  });

  it('renames the theme switch and Mantine’s own close buttons', async () => {
    renderApp('/inbox', { locale: 'ru' });
    expect(await screen.findByRole('button', { name: /^Включить (тёмную|светлую) тему$/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Горячие клавиши' }));
    const sheet = await screen.findByRole('dialog', { name: 'Горячие клавиши' });
    expect(within(sheet).getByRole('button', { name: 'Закрыть окно' })).toBeInTheDocument();
    expect(within(sheet).getByRole('cell', { name: 'Следующая заявка' })).toBeInTheDocument();
    expect(
      within(sheet).getByRole('cell', { name: 'Отменить последнее действие, пока оно ещё не отправлено' }),
    ).toBeInTheDocument();
  });
});
