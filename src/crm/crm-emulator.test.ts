import { describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/http';
import { EMULATOR_ORIGIN, emulator } from '../../mocks/runtimes/node';
import { fetchCompanyById } from './companies-api';
import { fetchContactsByIds, searchContacts } from './contacts-api';
import { fetchAccount, fetchUsers } from './crm-api';
import { fetchLeadsByIds } from './crm-leads-api';
import { fetchPipelines } from './pipelines-api';

const pendingRecords = () => [...emulator.db.incoming.values()].filter((record) => record.state === 'pending');

describe('CRM reference data against the emulator', () => {
  it('reads pipelines with an incoming stage and both closing stages', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN });
    const pipelines = await fetchPipelines(api);
    expect(pipelines.length).toBeGreaterThan(0);
    for (const pipeline of pipelines) {
      expect(pipeline.incomingStageId).not.toBeNull();
      expect(pipeline.stages.map((stage) => stage.kind)).toEqual(expect.arrayContaining(['incoming', 'won', 'lost']));
    }
  });

  it('reads the account and, for an admin, the users with the current one among them', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN });
    const account = await fetchAccount(api);
    const users = await fetchUsers(api);
    expect(users.access).toBe('granted');
    const current =
      users.access === 'granted' ? users.users.find((user) => user.id === account.currentUserId) : undefined;
    expect(current?.isAdmin).toBe(true);
  });

  it('reports the users as denied for a manager', async () => {
    emulator.setScenario('manager');
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN });
    await expect(fetchUsers(api)).resolves.toEqual({ access: 'denied' });
  });

  it('finds the leads and contacts that came with incoming leads', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN });
    const records = pendingRecords().filter((record) => record.lead_id !== null && record.contact_id !== null);
    const sample = records.slice(0, 5);
    const leads = await fetchLeadsByIds(
      api,
      sample.map((record) => record.lead_id ?? 0),
    );
    expect(leads.map((lead) => lead.id).sort()).toEqual(sample.map((record) => record.lead_id).sort());

    const pipelines = await fetchPipelines(api);
    for (const lead of leads) {
      const pipeline = pipelines.find((candidate) => candidate.id === lead.pipelineId);
      expect(lead.statusId).toBe(pipeline?.incomingStageId);
    }

    const contacts = await fetchContactsByIds(
      api,
      sample.map((record) => record.contact_id ?? 0),
    );
    expect(contacts).toHaveLength(sample.length);
    expect(contacts.every((contact) => contact.isUnsorted)).toBe(true);
  });

  it('finds contacts by the digits of a phone however it was written, and a company by its id', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN });
    const contact = [...emulator.db.contacts.values()].find((candidate) => candidate.phones.length > 0);
    const digits = contact?.phones[0]?.value.replace(/\D/g, '') ?? '';
    const found = await searchContacts(api, digits.slice(-10));
    expect(found.map((candidate) => candidate.id)).toContain(contact?.id);
    const company = [...emulator.db.companies.values()][0];
    await expect(fetchCompanyById(api, company?.id ?? 0)).resolves.toEqual({ id: company?.id, name: company?.name });
    await expect(fetchCompanyById(api, 999_999_999)).resolves.toBeNull();
  });
});
