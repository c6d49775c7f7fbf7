import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { type ContactDraft, insertIncomingLead } from '../../../mocks/account/db-inserts';
import type { ContactRecord } from '../../../mocks/account/records';
import { emulator } from '../../../mocks/runtimes/node';
import { buildIncomingLead } from '../../../tests/support/incoming-lead-drafts';
import { createTestApiClient, createTestQueryClient, renderWithProviders } from '../../../tests/support/render';
import { LeadDrawer } from './lead-drawer';

const NOW = Math.floor(Date.now() / 1000);

function person(name: string, phone: string | null, email: string | null = null): ContactDraft {
  return {
    name,
    first_name: name,
    last_name: '',
    phones: phone ? [{ value: phone, enum_code: 'MOB' }] : [],
    emails: email ? [{ value: email, enum_code: 'WORK' }] : [],
  };
}

/** A contact already in the CRM, not one waiting with an incoming lead. */
function insertKnownContact(name: string, phone: string): ContactRecord {
  const contact: ContactRecord = {
    ...person(name, phone),
    id: emulator.db.nextId.contact++,
    responsible_user_id: emulator.db.users[0]?.id ?? 0,
    created_by: emulator.db.users[0]?.id ?? 0,
    created_at: NOW - 86400,
    updated_at: NOW - 86400,
    is_deleted: false,
    is_unsorted: false,
    company_id: null,
  };
  emulator.db.contacts.set(contact.id, contact);
  return contact;
}

async function renderWithInboxLoaded(ui: React.ReactElement) {
  const queryClient = createTestQueryClient();
  await queryClient.fetchInfiniteQuery(incomingLeadQueries.list(createTestApiClient(), {}));
  return renderWithProviders(ui, { queryClient });
}

describe('DuplicatesSection', () => {
  it('finds a contact and another incoming lead that share the phone written differently', async () => {
    const call = insertIncomingLead(
      emulator.db,
      buildIncomingLead({
        category: 'sip',
        created_at: NOW - 60,
        metadata: { from: '79161234567', phone: 79161234567 },
        contact: person('Caller 79161234567', '79161234567'),
      }),
    );
    const form = insertIncomingLead(
      emulator.db,
      buildIncomingLead({
        category: 'forms',
        created_at: NOW - 120,
        metadata: { form_name: 'Callback request' },
        contact: person('Anna from the form', '+7 (916) 123-45-67'),
      }),
    );
    insertKnownContact('Anna Smith', '8 (916) 123-45-67');
    const onOpenLead = vi.fn();
    const { user } = await renderWithInboxLoaded(
      <LeadDrawer uid={call.uid} onClose={() => {}} onOpenLead={onOpenLead} />,
    );

    const section = await screen.findByRole('region', { name: 'Same person elsewhere' });
    const others = await within(section).findByRole('list', { name: 'Other incoming leads' });
    await user.click(within(others).getByRole('button', { name: 'Form: Callback request' }));
    expect(onOpenLead).toHaveBeenCalledWith(form.uid);

    const contacts = within(section).getByRole('list', { name: 'Contacts' });
    expect(within(contacts).getByText('Anna Smith')).toBeInTheDocument();
    expect(within(contacts).getByText('8 (916) 123-45-67')).toBeInTheDocument();
    expect(within(section).queryByText('Caller 79161234567')).not.toBeInTheDocument();
    expect(within(section).queryByText('Anna from the form')).not.toBeInTheDocument();
  });

  it('matches an e-mail whatever its case and marks a contact still waiting in incoming leads', async () => {
    const mail = insertIncomingLead(
      emulator.db,
      buildIncomingLead({
        category: 'mail',
        metadata: { from: { email: 'Olga.K@Example.com', name: 'Olga' } },
        contact: person('Olga', null, 'Olga.K@Example.com'),
      }),
    );
    insertIncomingLead(
      emulator.db,
      buildIncomingLead({ category: 'chats', contact: person('Olga K', null, 'olga.k@example.com') }),
    );
    renderWithProviders(<LeadDrawer uid={mail.uid} onClose={() => {}} />);
    const contacts = await screen.findByRole('list', { name: 'Contacts' });
    expect(within(contacts).getByText('Olga K')).toBeInTheDocument();
    expect(within(contacts).getByText('Waiting in incoming leads')).toBeInTheDocument();
  });

  it('says so when nobody else has the phone or e-mail', async () => {
    const { uid } = insertIncomingLead(
      emulator.db,
      buildIncomingLead({
        category: 'sip',
        metadata: { from: '15550100999', phone: '15550100999' },
        contact: person('Only once', '+1 555 0100 999'),
      }),
    );
    await renderWithInboxLoaded(<LeadDrawer uid={uid} onClose={() => {}} />);
    expect(await screen.findByText('No other incoming lead or contact has this phone or e-mail.')).toBeInTheDocument();
  });
});
