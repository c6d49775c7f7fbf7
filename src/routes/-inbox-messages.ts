import { defineMessages } from '@/lib/i18n';

export const messages = defineMessages({
  en: { couldNotShowInbox: 'Could not show the inbox', retry: 'Retry' },
  ru: { couldNotShowInbox: 'Не удалось открыть неразобранное', retry: 'Повторить' },
});
