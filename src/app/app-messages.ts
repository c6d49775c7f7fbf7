import { defineMessages } from '@/lib/i18n';

/** The frame's words: header, navigation, theme and language switches, notifications, start-up. */
export const messages = defineMessages({
  en: {
    appName: 'Incoming leads',
    navigation: 'Navigation',
    mainNavigation: 'Main',
    inbox: 'Inbox',
    summary: 'Summary',
    demoData: 'Demo data',
    switchToDark: 'Switch to dark theme',
    switchToLight: 'Switch to light theme',
    language: 'Language',
    closeNotification: 'Close notification',
    closeDialog: 'Close dialog',
    couldNotRefresh: 'Could not refresh',
    retry: 'Retry',
    couldNotStart: 'The app could not start',
    reloadToTryAgain: 'Reload the page to try again.',
  },
  ru: {
    appName: 'Неразобранные заявки',
    navigation: 'Навигация',
    mainNavigation: 'Основное меню',
    inbox: 'Неразобранное',
    summary: 'Сводка',
    demoData: 'Демо-данные',
    switchToDark: 'Включить тёмную тему',
    switchToLight: 'Включить светлую тему',
    language: 'Язык',
    closeNotification: 'Закрыть уведомление',
    closeDialog: 'Закрыть окно',
    couldNotRefresh: 'Не удалось обновить данные',
    retry: 'Повторить',
    couldNotStart: 'Не удалось запустить приложение',
    reloadToTryAgain: 'Перезагрузите страницу, чтобы попробовать снова.',
  },
});
