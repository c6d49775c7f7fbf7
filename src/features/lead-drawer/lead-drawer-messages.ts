import type { SortedHow } from '@/incoming-leads/change-feed';
import type { LeadCategory } from '@/incoming-leads/incoming-lead';
import { defineMessages } from '@/lib/i18n';

/** The drawer's frame: the lead's title, the header, loading and error states, and long text. */
export const messages = defineMessages({
  en: {
    categoryNames: { sip: 'Call', forms: 'Web form', chats: 'Chat', mail: 'E-mail' } as Record<LeadCategory, string>,
    callFrom: (who: string | null) => `Call from ${who ?? 'an unknown caller'}`,
    formTitle: (name: string | null) => `Form: ${name ?? 'untitled form'}`,
    chatWith: (who: string | null) => `Chat with ${who ?? 'an unnamed client'}`,
    emailFrom: (who: string | null) => `E-mail from ${who ?? 'an unknown sender'}`,
    // Header
    previous: 'Previous',
    next: 'Next',
    position: (index: number, total: number) => `${index} of ${total}`,
    close: 'Close the incoming lead',
    arrived: 'arrived',
    incomingLead: 'Incoming lead',
    // Content
    couldNotLoadLead: 'Could not load this incoming lead',
    retry: 'Retry',
    alreadySorted: 'Already sorted',
    noLongerWaiting: 'This incoming lead is no longer waiting — someone already sorted it.',
    sortedBy: (how: SortedHow | null, by: string | null, minutesAgo: number) => {
      const when = minutesAgo < 1 ? 'just now' : `${minutesAgo} min ago`;
      if (how === null) return `Sorted elsewhere ${when}`;
      const done = { accepted: 'Accepted', declined: 'Declined', linked: 'Linked to a lead' }[how];
      return `${done} by ${by ?? 'a colleague'} ${when}`;
    },
    sortedByHint: 'Nothing to do here: move on to the next incoming lead.',
    loadingIncomingLead: 'Loading the incoming lead',
    leadCouldNotBeShown: (uid: string) => `This incoming lead could not be shown (${uid}).`,
    sectionCouldNotBeShown: 'This section could not be shown; the rest of the incoming lead is unaffected.',
    // Text
    notGiven: 'Not given',
    showAll: 'Show all',
    showLess: 'Show less',
  },
  ru: {
    categoryNames: { sip: 'Звонок', forms: 'Веб-форма', chats: 'Чат', mail: 'Письмо' },
    callFrom: (who: string | null) => `Звонок: ${who ?? 'неизвестный абонент'}`,
    formTitle: (name: string | null) => `Форма: ${name ?? 'без названия'}`,
    chatWith: (who: string | null) => `Чат: ${who ?? 'клиент без имени'}`,
    emailFrom: (who: string | null) => `Письмо: ${who ?? 'неизвестный отправитель'}`,
    previous: 'Назад',
    next: 'Вперёд',
    position: (index: number, total: number) => `${index} из ${total}`,
    close: 'Закрыть заявку',
    arrived: 'поступила',
    incomingLead: 'Заявка',
    couldNotLoadLead: 'Не удалось загрузить заявку',
    retry: 'Повторить',
    alreadySorted: 'Уже разобрана',
    noLongerWaiting: 'Эта заявка больше не ждёт — её уже разобрал кто-то другой.',
    sortedBy: (how: SortedHow | null, by: string | null, minutesAgo: number) => {
      const when = minutesAgo < 1 ? 'только что' : `${minutesAgo} мин назад`;
      if (how === null) return `Разобрана в другом месте ${when}`;
      const done = { accepted: 'Принята', declined: 'Отклонена', linked: 'Привязана к сделке' }[how];
      return `${done}: ${by ?? 'коллега'}, ${when}`;
    },
    sortedByHint: 'Здесь больше нечего делать: переходите к следующей заявке.',
    loadingIncomingLead: 'Загрузка заявки',
    leadCouldNotBeShown: (uid: string) => `Эту заявку не удалось показать (${uid}).`,
    sectionCouldNotBeShown: 'Этот раздел не удалось показать; остальная часть заявки не затронута.',
    notGiven: 'Не указано',
    showAll: 'Показать всё',
    showLess: 'Свернуть',
  },
});
