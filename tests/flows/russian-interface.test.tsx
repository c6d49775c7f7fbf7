import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';
import { person, useListViewport } from './inbox-helpers';
import { addLeadsOnTop, expectSortedAs, inboxUrl } from './triage-helpers';

/** The drawer once its Russian triage actions are ready. */
async function findRussianDrawer(): Promise<HTMLElement> {
  const drawer = await screen.findByRole('dialog');
  await waitFor(() => expect(within(drawer).getByRole('button', { name: 'Принять' })).toBeEnabled());
  return drawer;
}

describe('A Russian browser', () => {
  useListViewport();

  it('sees every channel of the drawer in Russian', async () => {
    const [call = ''] = addLeadsOnTop(
      { category: 'sip', person: person('Анна Петрова') },
      { category: 'forms', person: person('Борис Формин', '79990002233') },
      { category: 'chats', person: person('Вера Чатова', '79990003344') },
      { category: 'mail', person: person('Галина Почтова', '79990004455', 'galina@example.org') },
    );
    renderApp(inboxUrl(call), { locale: 'ru' });
    expect(document.documentElement.lang).toBe('ru');
    const channels = [
      { title: 'О звонке', labels: ['Кто звонил', 'Куда звонили', 'Время звонка', 'Длительность', 'Запись'] },
      { title: 'О заявке с формы', labels: ['Форма', 'Страница', 'Откуда пришёл', 'IP-адрес', 'Отправлена'] },
      { title: 'О чате', labels: ['Сервис', 'Клиент', 'Последнее сообщение', 'Получено', 'Исходный чат'] },
      { title: 'О письме', labels: ['Отправитель', 'Адрес', 'Тема', 'Получено', 'Кратко', 'Переписка'] },
    ];
    for (const [index, channel] of channels.entries()) {
      const drawer = await findRussianDrawer();
      await waitFor(() => expect(within(drawer).getByRole('heading', { name: channel.title })).toBeInTheDocument());
      for (const label of channel.labels) expect(within(drawer).getByText(label), label).toBeInTheDocument();
      for (const section of ['Этот же человек в других местах', 'Контакт', 'Сделка']) {
        expect(within(drawer).getByRole('heading', { name: section })).toBeInTheDocument();
      }
      expect(within(drawer).getByText(/^\d+ из \d+$/)).toBeInTheDocument();
      expect(within(drawer).getByText(/^поступила/)).toHaveTextContent(/поступила \d{1,2} [а-я]+\. \d{4} г\./);
      if (index < channels.length - 1) await userEvent.click(within(drawer).getByRole('button', { name: 'Вперёд' }));
    }
  });

  it('declines in Russian: the dialog, then the tray with its countdown and Undo', async () => {
    const [spam = ''] = addLeadsOnTop({ category: 'sip', person: person('Спам Звонков') });
    renderApp(inboxUrl(spam), { locale: 'ru', graceMs: 60_000 });
    const drawer = await findRussianDrawer();
    expect(within(drawer).getByRole('combobox', { name: 'Этап' })).toBeInTheDocument();
    expect(await within(drawer).findByRole('combobox', { name: 'Ответственный' })).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: 'Привязать…' })).toBeDisabled();
    expect(within(drawer).getByText('Привязать можно только чат')).toBeInTheDocument();

    await userEvent.click(within(drawer).getByRole('button', { name: 'Отклонить…' }));
    const dialog = await screen.findByRole('dialog', { name: /^Отклонить заявку: .+\?$/ });
    expect(within(dialog).getByRole('radiogroup', { name: 'Причина (необязательно)' })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Спам' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Отклонить' }));

    const tray = await screen.findByRole('region', { name: 'Действия в очереди' });
    expect(tray).toHaveTextContent(/^Отклоняем: .+…\d+ с/);
    await userEvent.click(within(tray).getByRole('button', { name: 'Отменить' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Действия в очереди' })).not.toBeInTheDocument());
    expect(await screen.findByRole('link', { name: /^Звонок: .+ — .+, ждёт меньше минуты$/ })).toBeInTheDocument();
  });

  it('accepts in Russian and says so in Russian', async () => {
    const [client = ''] = addLeadsOnTop({ category: 'sip', person: person('Иван Клиентов', '79990005566') });
    renderApp(inboxUrl(client), { locale: 'ru', graceMs: 200 });
    const drawer = await findRussianDrawer();
    await userEvent.click(within(drawer).getByRole('button', { name: 'Принять' }));
    await expectSortedAs(client, 'accepted');
    expect(await screen.findByText(/^Заявка принята: /)).toBeInTheDocument();
    expect(screen.getByText('amoCRM сохранил изменение.')).toBeInTheDocument();
  });
});
