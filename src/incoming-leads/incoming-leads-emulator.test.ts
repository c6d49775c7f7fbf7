import { describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/http';
import { acceptIncomingLead, declineIncomingLead } from '@/triage/triage-api';
import { EMULATOR_ORIGIN, emulator } from '../../mocks/runtimes/node';
import { addCalls } from './add-incoming-leads-api';
import { fetchAllIncomingLeads, fetchIncomingLead, fetchIncomingLeadPage } from './incoming-leads-api';
import { fetchIncomingLeadSummary } from './summary-api';

const pendingUids = () =>
  [...emulator.db.incoming.values()]
    .filter((record) => record.state === 'pending')
    .map((record) => record.uid)
    .sort();

async function firstIncomingLead(api: ReturnType<typeof createApiClient>) {
  const [lead] = (await fetchIncomingLeadPage(api, { limit: 1 })).items;
  if (!lead) throw new Error('the emulator has no incoming leads');
  return lead;
}

describe('incoming leads against the emulator', () => {
  it('fetches every seeded incoming lead across pages', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN });
    const leads = await fetchAllIncomingLeads(api);
    expect(leads.length).toBeGreaterThan(250);
    expect(leads.map((lead) => lead.uid).sort()).toEqual(pendingUids());
  });

  it('narrows the list by category', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN });
    const leads = await fetchAllIncomingLeads(api, { categories: ['chats', 'mail'] });
    expect(leads.length).toBeGreaterThan(0);
    expect(new Set(leads.map((lead) => lead.category))).toEqual(new Set(['chats', 'mail']));
  });

  it('counts an accepted lead in the summary and no longer finds it', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN });
    const before = await fetchIncomingLeadSummary(api);
    const lead = await firstIncomingLead(api);
    const result = await acceptIncomingLead(api, lead.uid);
    expect(result.uid).toBe(lead.uid);
    expect(result.leadId).not.toBeNull();
    const after = await fetchIncomingLeadSummary(api);
    expect(after.accepted).toBe(before.accepted + 1);
    expect(after.waiting).toBe(before.waiting - 1);
    await expect(fetchIncomingLead(api, lead.uid)).resolves.toBeNull();
  });

  it('counts a declined lead in the summary', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN });
    const before = await fetchIncomingLeadSummary(api);
    const lead = await firstIncomingLead(api);
    await declineIncomingLead(api, lead.uid);
    const after = await fetchIncomingLeadSummary(api);
    expect(after.declined).toBe(before.declined + 1);
  });

  it('adds a call that then shows up as an incoming lead', async () => {
    const api = createApiClient({ baseUrl: EMULATOR_ORIGIN });
    const [added] = await addCalls(api, [
      {
        requestId: 'call-1',
        sourceUid: 'integration-test-source',
        sourceName: 'Test PBX',
        contact: { name: 'Integration Caller', phone: '+15550001122' },
        call: {
          from: '+15550001122',
          phone: '+15550003344',
          calledAt: Date.now() - 60_000,
          durationSeconds: 0,
          serviceCode: 'test_pbx',
          uniq: 'integration-call-1',
        },
      },
    ]);
    expect(added?.requestId).toBe('call-1');
    const lead = await fetchIncomingLead(api, added?.uid ?? '');
    expect(lead).toMatchObject({ category: 'sip', sourceName: 'Test PBX' });
    expect(lead?.category === 'sip' && lead.call).toMatchObject({ from: '+15550001122', isMissed: true });
  });
});
