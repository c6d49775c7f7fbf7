import { defineMessages } from '@/lib/i18n';

export const messages = defineMessages({
  en: {
    title: 'Incoming leads',
    demo: 'Demo data',
    noHost:
      'This page is not one the app may be embedded in, so it shares nothing with it. Open the app from amoCRM or in its own tab.',
  },
  ru: {
    title: 'Неразобранное',
    demo: 'Демо-данные',
    noHost:
      'Эта страница не входит в список разрешённых, поэтому приложение ничего ей не передаёт. Откройте его из amoCRM или в отдельной вкладке.',
  },
});
