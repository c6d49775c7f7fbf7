import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';
import { addIncomingLead, findLeadLinks, findLeadRows, person, useListViewport } from './inbox-helpers';

describe('Searching the loaded incoming leads', () => {
  useListViewport();

  const cases = [
    ['a contact name', 'quokka', { category: 'forms', person: person('Zinaida Quokka') }],
    [
      'phone digits, however formatted',
      '+7 (916) 555-12-34',
      {
        category: 'sip',
        person: person('Ivan Ivanov', '79165551234'),
        metadata: { phone: '79165551234', from: '79165551234' },
      },
    ],
    [
      'an e-mail address',
      'wombat.mail@',
      { category: 'mail', person: person('Wendy Wombat', '79990001122', 'wombat.mail@example.org') },
    ],
    ['a form name', 'walrus price', { category: 'forms', metadata: { form_name: 'Walrus price request' } }],
    ['a mail subject', 'invoice for narwhal', { category: 'mail', metadata: { subject: 'Invoice for narwhal tanks' } }],
    [
      'chat message text',
      'ship axolotls',
      { category: 'chats', metadata: { last_message_text: 'Do you ship axolotls abroad?' } },
    ],
  ] as const;

  for (const [what, query, overrides] of cases) {
    it(`finds ${what}`, async () => {
      const uid = addIncomingLead(overrides);
      const { router } = renderApp('/inbox');
      await findLeadRows();
      await userEvent.type(screen.getByRole('searchbox', { name: 'Search loaded incoming leads' }), query);
      await waitFor(async () => expect(await findLeadRows()).toHaveLength(1));
      const [link] = await findLeadLinks();
      expect(link).toHaveAttribute('href', expect.stringContaining(uid));
      await waitFor(() => expect(router.state.location.search).toMatchObject({ q: query }));
    });
  }

  it('names the search that found nothing and clears it', async () => {
    const { router } = renderApp('/inbox?q=%22zzz-nobody%22');
    expect(await screen.findByText('Nothing matches "zzz-nobody"')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect((await findLeadRows()).length).toBeGreaterThan(0);
    expect(router.state.location.href).toBe('/inbox');
    expect(screen.getByRole('searchbox', { name: 'Search loaded incoming leads' })).toHaveValue('');
  });
});
