import { describe, expect, it } from 'vitest';
import type { Contact } from '@/crm/crm-schemas';
import { testCall, testMail } from '../../../tests/support/incoming-leads';
import { findSamePerson } from './same-person-matches';

const contact = (id: number, phones: string[], emails: string[] = [], isUnsorted = false): Contact => ({
  id,
  name: `Contact ${id}`,
  phones,
  emails,
  isUnsorted,
  companyId: null,
});

const lead = testCall('self', { phone: '+7 (916) 123-45-67' }, { contactId: 10 });
const keys = { phones: ['9161234567'], emails: ['anna@example.com'] };

describe('findSamePerson', () => {
  it('finds other incoming leads by their own phone or e-mail, whatever the spelling', () => {
    const matches = findSamePerson({
      lead,
      keys,
      incomingLeads: [
        lead,
        testCall('same-phone', { from: '79161234567' }),
        testMail('same-mail', { fromEmail: 'ANNA@example.com' }),
        testCall('stranger', { from: '79031112233' }),
      ],
      foundContacts: [],
    });
    expect(matches.incomingLeads.map((other) => other.uid)).toEqual(['same-phone', 'same-mail']);
  });

  it('finds an incoming lead through its contact and lists that contact only once', () => {
    const form = { ...testMail('form-lead'), contactId: 20 };
    const matches = findSamePerson({
      lead,
      keys,
      incomingLeads: [form],
      foundContacts: [contact(20, ['8 916 123 45 67'], [], true), contact(30, ['79161234567'])],
    });
    expect(matches.incomingLeads.map((other) => other.uid)).toEqual(['form-lead']);
    expect(matches.contacts.map((found) => found.id)).toEqual([30]);
  });

  it('leaves out the lead, its own contact, repeats and near misses of the search', () => {
    const matches = findSamePerson({
      lead,
      keys,
      incomingLeads: [lead],
      foundContacts: [
        contact(10, ['79161234567']),
        contact(30, ['79161234567']),
        contact(30, ['79161234567']),
        contact(40, ['79161234500'], ['anna@example.org']),
      ],
    });
    expect(matches).toEqual({ incomingLeads: [], contacts: [contact(30, ['79161234567'])] });
  });
});
