import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { intlLocale } from '@/lib/i18n';
import { insertIncomingLead } from '../../../mocks/account/db-inserts';
import type { IncomingLeadOverrides } from '../../../mocks/account/seed';
import { emulator } from '../../../mocks/runtimes/node';
import { buildIncomingLead } from '../../../tests/support/incoming-lead-drafts';
import { renderWithProviders } from '../../../tests/support/render';
import { LeadDrawer } from './lead-drawer';
import { formatDateTime } from './lead-drawer-text';

const AT = 1_790_000_000; // Unix seconds, as the API sends them

function insertLead(overrides: IncomingLeadOverrides): string {
  return insertIncomingLead(emulator.db, buildIncomingLead({ created_at: AT, ...overrides })).uid;
}

async function openDrawer(uid: string) {
  const view = renderWithProviders(<LeadDrawer uid={uid} onClose={() => {}} />);
  await screen.findByRole('heading', { level: 2, name: /from|with|Form:/ });
  return view;
}

const field = (name: string) => screen.getByRole('definition', { name });

function expectTime(name: string, seconds: number) {
  const time = within(field(name)).getByText(formatDateTime(seconds * 1000, intlLocale('en')));
  expect(time).toHaveAttribute('datetime', new Date(seconds * 1000).toISOString());
}

describe('IncomingLeadDetails', () => {
  it('shows the caller, the recipient, the time, the duration, the provider and a player for the recording', async () => {
    const uid = insertLead({
      category: 'sip',
      source_name: 'UIS',
      metadata: {
        from: 'Anna Smith',
        phone: 79161234567,
        called_at: AT - 200,
        duration: 125,
        link: 'https://records.example.com/call-1.mp3',
        service_code: 'uis_widget',
      },
    });
    await openDrawer(uid);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Call from Anna Smith');
    expect(field('Caller')).toHaveTextContent('Anna Smith');
    expect(field('Recipient')).toHaveTextContent('79161234567');
    expectTime('Call time', AT - 200);
    expect(field('Duration')).toHaveTextContent('2 min 5 s');
    expect(field('Provider')).toHaveTextContent(/^UIS$/);
    expect(field('Provider code')).toHaveTextContent(/^uis_widget$/);
    const player = within(field('Recording')).getByLabelText('Call recording');
    expect(player.tagName).toBe('AUDIO');
    expect(player).toHaveAttribute('src', 'https://records.example.com/call-1.mp3');
  });

  it('calls a call of zero seconds missed and says there is no recording', async () => {
    const uid = insertLead({ category: 'sip', metadata: { from: '79161234567', duration: '0', link: null } });
    await openDrawer(uid);
    expect(field('Duration')).toHaveTextContent('Missed call');
    expect(field('Recording')).toHaveTextContent('No recording');
  });

  it('shows the form name, the page, the referer, the IP, the sent time and the visitor', async () => {
    const uid = insertLead({
      category: 'forms',
      metadata: {
        form_id: 'contact_us',
        form_name: 'Contact us',
        form_page: 'https://shop.example.com/contacts',
        referer: 'https://www.google.com/search?q=shop',
        ip: '203.0.113.7',
        form_sent_at: String(AT - 30),
        visitor_uid: 'visitor-42',
      },
    });
    await openDrawer(uid);
    expect(field('Form')).toHaveTextContent('Contact us');
    const pageLink = within(field('Page')).getByRole('link', { name: 'https://shop.example.com/contacts' });
    expect(pageLink).toHaveAttribute('href', 'https://shop.example.com/contacts');
    expect(pageLink).toHaveAttribute('target', '_blank');
    expect(pageLink).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(field('Came from')).getByRole('link')).toHaveAttribute(
      'href',
      'https://www.google.com/search?q=shop',
    );
    expect(field('IP address')).toHaveTextContent('203.0.113.7');
    expectTime('Sent', AT - 30);
    expect(field('Visitor')).toHaveTextContent('visitor-42');
  });

  it('shows a native form page, which is a description, as text', async () => {
    const uid = insertLead({ category: 'forms', metadata: { form_page: 'Site request #1001 from form «Callback»' } });
    await openDrawer(uid);
    expect(field('Page')).toHaveTextContent('Site request #1001 from form «Callback»');
    expect(within(field('Page')).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows the service, the client with an avatar, the last message and the origin chat', async () => {
    const uid = insertLead({
      category: 'chats',
      metadata: {
        from: 'Ivan',
        service: 'telegram',
        source_name: 'Telegram bot',
        received_at: AT - 10,
        client: { name: 'Ivan Petrov', avatar: 'https://amojo.example.com/avatars/ivan.jpg' },
        origin: { chat_id: 'chat-7f3a', ref: 'utm_source=ads', visitor_uid: null },
        last_message_text: 'Is the sofa still available?',
      },
    });
    const { container } = await openDrawer(uid);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Chat with Ivan Petrov');
    expect(field('Service')).toHaveTextContent('telegram');
    expect(field('Channel')).toHaveTextContent('Telegram bot');
    expect(field('Client')).toHaveTextContent('Ivan Petrov');
    expect(container.querySelector('dd img')).toHaveAttribute('src', 'https://amojo.example.com/avatars/ivan.jpg');
    expect(field('Last message')).toHaveTextContent('Is the sofa still available?');
    expectTime('Received', AT - 10);
    expect(field('Origin chat')).toHaveTextContent('chat-7f3a');
    expect(field('Origin details')).toHaveTextContent('utm_source=ads');
  });

  it('shows the sender name and address, the subject, the received time, the summary and the thread', async () => {
    const uid = insertLead({
      category: 'mail',
      metadata: {
        from: { email: 'olga@example.com', name: 'Olga Ivanova' },
        received_at: AT - 60,
        subject: 'Price list for 2027',
        thread_id: 884422,
        message_id: 1234567,
        content_summary: 'Please send the wholesale prices.',
      },
    });
    await openDrawer(uid);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('E-mail from Olga Ivanova');
    expect(field('Sender')).toHaveTextContent('Olga Ivanova');
    expect(field('Address')).toHaveTextContent('olga@example.com');
    expect(field('Subject')).toHaveTextContent('Price list for 2027');
    expectTime('Received', AT - 60);
    expect(field('Summary')).toHaveTextContent('Please send the wholesale prices.');
    expect(field('Thread')).toHaveTextContent('884422');
  });
});
