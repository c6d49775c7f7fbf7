import { defineMessages } from '@/lib/i18n';

export const messages = defineMessages({
  en: {
    somethingWentWrong: 'Something went wrong',
    tryAgain: 'Try again',
    pageNotFound: 'Page not found',
    nothingHere: 'There is nothing at this address.',
    goToInbox: 'Go to the inbox',
  },
  ru: {
    somethingWentWrong: 'Что-то пошло не так',
    tryAgain: 'Попробовать снова',
    pageNotFound: 'Страница не найдена',
    nothingHere: 'По этому адресу ничего нет.',
    goToInbox: 'Перейти в неразобранное',
  },
});
