import { defineMessages } from '@/lib/i18n';
import type { DemoScenario } from './demo-controls';

interface ScenarioText {
  label: string;
  description: string;
}

export const messages = defineMessages<{
  badge: string;
  menuTitle: string;
  scenarioLegend: string;
  normal: ScenarioText;
  scenarios: Record<DemoScenario, ScenarioText>;
  resetButton: string;
  resetTitle: string;
  resetText: string;
  resetConfirm: string;
  cancel: string;
  resetDone: string;
  scenarioChanged: (label: string) => string;
}>({
  en: {
    badge: 'Demo data',
    menuTitle: 'This is a demo: the amoCRM account is emulated in your browser.',
    scenarioLegend: 'How the emulated amoCRM behaves',
    normal: { label: 'Normal', description: 'Answers quickly and correctly.' },
    scenarios: {
      'busy-team': {
        label: 'Busy team',
        description: 'A new lead arrives every 15–30 seconds, and colleagues sort some of the waiting ones.',
      },
      slow: { label: 'Slow', description: 'Every answer takes 1.5–2.5 seconds.' },
      flaky: { label: 'Flaky', description: 'About a third of the requests fail.' },
      'rate-limited': { label: 'Rate-limited', description: 'One request per second; the rest get 429.' },
      'expired-token': { label: 'Expired token', description: 'The token is rejected with 401.' },
      'empty-account': { label: 'Empty account', description: 'No incoming leads at all.' },
      'server-error': { label: 'Server errors', description: 'Every request fails with 500.' },
      'network-failure': { label: 'No connection', description: 'Requests never reach amoCRM.' },
      manager: { label: 'Manager rights', description: 'Signed in as a manager instead of an admin.' },
    },
    resetButton: 'Reset demo data…',
    resetTitle: 'Reset the demo data?',
    resetText:
      'The emulated account goes back to its seeded incoming leads. Everything accepted, declined or linked in this demo is forgotten, and actions not sent yet are dropped.',
    resetConfirm: 'Reset demo data',
    cancel: 'Cancel',
    resetDone: 'The demo data is back to its start.',
    scenarioChanged: (label) => `Emulated amoCRM: ${label}`,
  },
  ru: {
    badge: 'Демо-данные',
    menuTitle: 'Это демо: аккаунт amoCRM эмулируется в вашем браузере.',
    scenarioLegend: 'Как ведёт себя эмулятор amoCRM',
    normal: { label: 'Обычно', description: 'Отвечает быстро и без ошибок.' },
    scenarios: {
      'busy-team': {
        label: 'Команда в работе',
        description: 'Новая заявка приходит каждые 15–30 секунд, а коллеги разбирают часть ожидающих.',
      },
      slow: { label: 'Медленно', description: 'Каждый ответ приходит через 1,5–2,5 секунды.' },
      flaky: { label: 'С перебоями', description: 'Примерно треть запросов завершается ошибкой.' },
      'rate-limited': { label: 'Лимит запросов', description: 'Один запрос в секунду, остальные получают 429.' },
      'expired-token': { label: 'Токен истёк', description: 'Токен отклоняется с ответом 401.' },
      'empty-account': { label: 'Пустой аккаунт', description: 'Неразобранных заявок нет совсем.' },
      'server-error': { label: 'Ошибки сервера', description: 'Каждый запрос завершается ошибкой 500.' },
      'network-failure': { label: 'Нет связи', description: 'Запросы не доходят до amoCRM.' },
      manager: { label: 'Права менеджера', description: 'Вход под менеджером, а не администратором.' },
    },
    resetButton: 'Сбросить демо-данные…',
    resetTitle: 'Сбросить демо-данные?',
    resetText:
      'Эмулируемый аккаунт вернётся к исходным заявкам. Всё, что было принято, отклонено или привязано в этом демо, забудется, а ещё не отправленные действия отменятся.',
    resetConfirm: 'Сбросить демо-данные',
    cancel: 'Отмена',
    resetDone: 'Демо-данные возвращены к началу.',
    scenarioChanged: (label) => `Эмулятор amoCRM: ${label}`,
  },
});
