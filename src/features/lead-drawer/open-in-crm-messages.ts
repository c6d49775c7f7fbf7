import { defineMessages } from '@/lib/i18n';

export const messages = defineMessages({
  en: {
    openLead: 'Open the lead in amoCRM',
    openContact: 'Open the contact in amoCRM',
    openCompany: 'Open the company in amoCRM',
  },
  ru: {
    openLead: 'Открыть сделку в amoCRM',
    openContact: 'Открыть контакт в amoCRM',
    openCompany: 'Открыть компанию в amoCRM',
  },
});
