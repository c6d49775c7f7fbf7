import type { Contact, CrmLead } from '@/crm/crm-schemas';

/* CRM look-up results for unit tests of the inbox's pure code. */

export function testContact(id: number, contact: Partial<Contact> = {}): Contact {
  return { id, name: null, phones: [], emails: [], isUnsorted: true, companyId: null, ...contact };
}

export function testCrmLead(id: number, lead: Partial<CrmLead> = {}): CrmLead {
  const place = { statusId: 1, pipelineId: 2194576, responsibleUserId: null };
  return {
    id,
    name: null,
    price: null,
    ...place,
    contactIds: [],
    mainContactId: null,
    createdAt: null,
    updatedAt: null,
    ...lead,
  };
}
