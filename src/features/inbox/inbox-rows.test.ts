import { describe, expect, it } from 'vitest';
import { testContact, testCrmLead } from '../../../tests/support/crm-records';
import { testCall, testChat, testForm, testMail } from '../../../tests/support/incoming-leads';
import type { InboxPage } from './inbox-queries';
import { filterRows, toInboxRows } from './inbox-rows';

function page(items: InboxPage['items'], extra: Partial<InboxPage> = {}): InboxPage {
  return { items, page: 1, hasMore: false, leads: {}, contacts: {}, ...extra };
}

const rows = toInboxRows(
  [
    page(
      [
        testCall('call', { phone: '79161234567', from: '79161234567' }, { contactId: 10, leadId: 20 }),
        testForm('form', { formName: 'Request a quote' }, { contactId: 11 }),
        testChat('chat', { clientName: 'Пётр', lastMessage: 'Do you deliver to Kazan?', sourceName: 'Telegram' }),
        testMail('mail', { fromName: 'Olga', fromEmail: 'olga@example.org', subject: 'Invoice 42' }),
      ],
      {
        contacts: {
          10: testContact(10, { name: 'Anna Petrova', phones: ['+7 916 123-45-67'] }),
          11: testContact(11, { name: 'Boris', emails: ['boris@example.org'] }),
        },
        leads: { 20: testCrmLead(20, { name: 'Big order', price: 120000 }) },
      },
    ),
  ],
  'en',
);

const uids = (query: string) => filterRows(rows, query).map((row) => row.lead.uid);

describe('toInboxRows', () => {
  it('names who reached out from the contact look-up, else from the incoming lead itself', () => {
    expect(rows.map((row) => row.who)).toEqual(['Anna Petrova', 'Boris', 'Пётр', 'Olga']);
    // A call's own `phone` is the account's line it rang (the reference: "Call recipient"): the caller's number
    // comes from the contact.
    expect(rows.map((row) => row.whoDetail)).toEqual([
      '+7 916 123-45-67',
      'boris@example.org',
      'Telegram',
      'olga@example.org',
    ]);
    expect(rows[0]?.crmLead?.name).toBe('Big order');
  });

  it('keeps each incoming lead once when pages overlap after new arrivals', () => {
    const first = page([testMail('a'), testMail('b')]);
    const second = page([testMail('b'), testMail('c')], { page: 2 });
    expect(toInboxRows([first, second], 'en').map((row) => row.lead.uid)).toEqual(['a', 'b', 'c']);
  });
});

describe('filterRows', () => {
  it('matches names, in any case and word order', () => {
    expect(uids('anna')).toEqual(['call']);
    expect(uids('petrova ANNA')).toEqual(['call']);
    expect(uids('big order')).toEqual(['call']);
  });

  it('matches phone digits whatever the formatting on either side', () => {
    expect(uids('+7 (916) 123-45-67')).toEqual(['call']);
    expect(uids('916 123')).toEqual(['call']);
  });

  it('matches e-mail addresses, form names, subjects and message text', () => {
    expect(uids('boris@')).toEqual(['form']);
    expect(uids('quote')).toEqual(['form']);
    expect(uids('invoice 42')).toEqual(['mail']);
    expect(uids('kazan')).toEqual(['chat']);
  });

  it('reads ё as е, as people type it', () => {
    expect(uids('петр')).toEqual(['chat']);
  });

  it('keeps every row for an empty search and none for a miss', () => {
    expect(uids('  ')).toHaveLength(4);
    expect(uids('nobody')).toEqual([]);
  });
});
