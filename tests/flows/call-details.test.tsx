import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';
import { addIncomingLead, useListViewport } from './inbox-helpers';

const WORDS = {
  en: {
    heading: 'Call from 79161234567',
    caller: 'Caller',
    recipient: 'Recipient',
    provider: 'Provider',
    code: 'Provider code',
  },
  ru: {
    heading: 'Звонок: 79161234567',
    caller: 'Кто звонил',
    recipient: 'Куда звонили',
    provider: 'Телефония',
    code: 'Код телефонии',
  },
} as const;

describe('A call in the drawer', () => {
  useListViewport();

  it.each(['en', 'ru'] as const)(
    'names the caller from `from`, the line it rang from `phone`, and the provider code as a code (%s)',
    async (locale) => {
      const words = WORDS[locale];
      const uid = addIncomingLead({
        category: 'sip',
        source_name: 'UIS',
        metadata: { from: '79161234567', phone: 74951204500, duration: 42, service_code: 'uis_widget', link: null },
      });
      renderApp(`/inbox?lead=%22${uid}%22`, { locale });
      const drawer = await screen.findByRole('dialog');
      expect(await within(drawer).findByRole('heading', { level: 2 })).toHaveTextContent(words.heading);
      const field = (label: string) => within(drawer).getByRole('definition', { name: label });

      expect(within(field(words.caller)).getByRole('link', { name: '79161234567' })).toHaveAttribute(
        'href',
        'tel:79161234567',
      );
      expect(field(words.recipient)).toHaveTextContent('74951204500');
      expect(field(words.provider)).toHaveTextContent(/^UIS$/);
      expect(within(field(words.code)).getByText('uis_widget').tagName).toBe('CODE');
    },
  );
});
