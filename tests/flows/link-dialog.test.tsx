import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emulator } from '../../mocks/runtimes/node';
import { renderApp } from '../support/render';
import { addIncomingLead, person, useListViewport } from './inbox-helpers';
import { expectSortedAs, findDrawer, inboxUrl } from './triage-helpers';

const CHAT_PHONE = '79991112233';

/** Two existing leads the search finds: the first belongs to someone else, the second to the chat's person. */
function twoZebraLeads() {
  const leads = [...emulator.db.leads.values()].filter((lead) => !lead.is_deleted && lead.contact_ids.length > 0);
  const same = leads[0];
  // Another person's lead: none of its contacts is the chosen one's.
  const other = leads.find((lead) => lead !== same && !lead.contact_ids.some((id) => same?.contact_ids.includes(id)));
  if (!other || !same) throw new Error('The seed has too few leads with contacts');
  other.name = 'Zebra alpha';
  other.price = 0;
  same.name = 'Zebra beta';
  same.price = 54000;
  same.contact_ids = same.contact_ids.slice(0, 1);
  const contact = emulator.db.contacts.get(same.contact_ids[0] as number);
  if (!contact) throw new Error('The lead has no contact record');
  contact.phones = [{ value: '+7 (999) 111-22-33', enum_code: 'MOB' }];
  return { other, same, contactName: contact.name };
}

describe('Linking a chat', () => {
  useListViewport();

  it('tells the leads apart, then links from the keyboard', async () => {
    const { other, same, contactName } = twoZebraLeads();
    // A chat's contact has a phone only sometimes; this one has, and it is the phone of the second lead's contact.
    const chat = person('Zoe Chat', CHAT_PHONE);
    const uid = addIncomingLead({
      category: 'chats',
      person: chat,
      contact: {
        name: chat.name,
        first_name: 'Zoe',
        last_name: 'Chat',
        phones: [{ value: chat.phone, enum_code: 'MOB' }],
        emails: [],
      },
    });
    renderApp(inboxUrl(uid), { graceMs: 200 });
    const drawer = await findDrawer('Zoe Chat');
    const link = within(drawer).getByRole('button', { name: 'Link…' });
    await waitFor(() => expect(link).toBeEnabled());
    await userEvent.click(link);
    const modal = await screen.findByRole('dialog', { name: /^Link the chat/ });
    const search = within(modal).getByRole('textbox', { name: 'Search leads' });
    await userEvent.type(search, 'zebra');

    // The chat's own person's lead comes first, marked as such, though amoCRM lists it second.
    const first = await within(modal).findByRole('radio', { name: `Zebra beta (#${same.id}) Same person as the chat` });
    expect(within(modal).getAllByRole('radio')[0]).toBe(first);
    expect(first).toHaveAccessibleDescription(new RegExp(`^${contactName} · \\+7 \\(999\\) 111-22-33`));
    expect(first).toHaveAccessibleDescription(/54,000 · \S.* · \S.*Responsible: .+ · changed .+$/);
    const second = within(modal).getByRole('radio', { name: `Zebra alpha (#${other.id})` });
    expect(second).toHaveAccessibleDescription(/No price/);

    // Down from the search box into the list, Space to choose, Enter to link.
    await userEvent.click(search);
    await userEvent.keyboard('{ArrowDown}');
    expect(first).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(first).toBeChecked();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^Link the chat/ })).not.toBeInTheDocument());
    await expectSortedAs(uid, 'linked');
    // The chat's contact joined the lead that was chosen, not the other one.
    const chatContact = emulator.db.incoming.get(uid)?.contact_id;
    expect(emulator.db.leads.get(same.id)?.contact_ids).toContain(chatContact);
    expect(emulator.db.leads.get(other.id)?.contact_ids).not.toContain(chatContact);
  });
});
