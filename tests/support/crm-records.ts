import type { Contact, CrmLead, Stage } from '@/crm/crm-schemas';

/* CRM records as the domain sees them, for unit tests of pure code; flow tests use the emulator's data. */

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

export function testStage(id: number, kind: Stage['kind'] = 'regular'): Stage {
  return { id, name: `Stage ${id}`, sort: id, color: null, pipelineId: 1, kind };
}
