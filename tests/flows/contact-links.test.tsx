import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';
import { addIncomingLead, useListViewport } from './inbox-helpers';

const WORDS = {
  en: { contact: 'Contact', phones: 'Phones', emails: 'E-mails', copy: 'Copy', copied: 'Copied' },
  ru: { contact: 'Контакт', phones: 'Телефоны', emails: 'E-mail', copy: 'Скопировать', copied: 'Скопировано' },
} as const;

function field(section: HTMLElement, label: string): HTMLElement {
  return within(section).getByRole('definition', { name: label });
}

describe('Phone numbers and e-mails in the drawer', () => {
  useListViewport();

  it.each(['en', 'ru'] as const)(
    'call and write with one click, copy with another, and leave malformed values as text (%s)',
    async (locale) => {
      const words = WORDS[locale];
      const user = userEvent.setup();
      const uid = addIncomingLead({
        category: 'forms',
        contact: {
          name: 'Anna Smith',
          first_name: 'Anna',
          last_name: 'Smith',
          phones: [
            { value: '+7 (916) 123-45-67', enum_code: 'MOB' },
            { value: 'call after 6 pm', enum_code: 'WORK' },
          ],
          emails: [
            { value: 'anna@example.com', enum_code: 'WORK' },
            { value: 'anna@example.com?cc=boss@example.com', enum_code: 'PRIV' },
          ],
        },
      });
      renderApp(`/inbox?lead=%22${uid}%22`, { locale });
      const section = await within(await screen.findByRole('dialog')).findByRole('region', { name: words.contact });
      await within(section).findByText('Anna Smith');

      const phones = field(section, words.phones);
      expect(within(phones).getByRole('link', { name: '+7 (916) 123-45-67' })).toHaveAttribute(
        'href',
        'tel:+79161234567',
      );
      expect(within(phones).getByText('call after 6 pm')).not.toHaveAttribute('href');
      expect(within(phones).getAllByRole('link')).toHaveLength(1);

      const emails = field(section, words.emails);
      expect(within(emails).getByRole('link', { name: 'anna@example.com' })).toHaveAttribute(
        'href',
        'mailto:anna@example.com',
      );
      expect(within(emails).getAllByRole('link')).toHaveLength(1);

      await user.click(within(phones).getByRole('button', { name: `${words.copy} +7 (916) 123-45-67` }));
      expect(await navigator.clipboard.readText()).toBe('+7 (916) 123-45-67');
      expect(await within(phones).findByRole('button', { name: words.copied })).toBeInTheDocument();
    },
  );
});
