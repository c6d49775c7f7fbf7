import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';
import { addIncomingLead, person, useListViewport } from './inbox-helpers';

const WORDS = {
  en: { list: 'Incoming leads', section: 'Lead', price: 'Price', none: 'No price' },
  ru: { list: 'Неразобранные заявки', section: 'Сделка', price: 'Бюджет', none: 'Без бюджета' },
} as const;

describe('A lead without a price', () => {
  useListViewport();

  it.each(['en', 'ru'] as const)('reads the same in the row and in the drawer (%s)', async (locale) => {
    const words = WORDS[locale];
    addIncomingLead({ category: 'forms', person: person('Priceless Pete'), lead: { name: 'Free trial', price: 0 } });
    renderApp('/inbox', { locale });
    const list = await screen.findByRole('list', { name: words.list });
    const row = await within(list).findByRole('link', { name: /Priceless Pete/ });
    expect(await within(row).findByText(words.none)).toBeInTheDocument();

    await userEvent.click(row);
    const section = await within(await screen.findByRole('dialog')).findByRole('region', { name: words.section });
    const price = await within(section).findByRole('definition', { name: words.price });
    expect(price).toHaveTextContent(words.none);
    expect(price).not.toHaveTextContent('0');
  });
});
