// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../tests/support/manual-clock';
import { createEmulator } from '../emulator';
import { PIPELINE_IDS } from './account-catalog';
import { pendingIncomingLeads } from './db';
import { createRandom } from './prng';
import { buildIncomingLead } from './seed';

const NOW = Date.UTC(2026, 4, 25, 9, 30);

describe('the seeded demo account', () => {
  it('is the same on every run for the same clock', () => {
    const a = createEmulator({ clock: createManualClock(NOW) });
    const b = createEmulator({ clock: createManualClock(NOW) });

    expect([...a.db.incoming.values()]).toEqual([...b.db.incoming.values()]);
    expect([...a.db.contacts.values()]).toEqual([...b.db.contacts.values()]);
  });

  it('holds about 300 waiting incoming leads, the newest a few minutes old, the oldest within 30 days', () => {
    const pending = pendingIncomingLeads(createEmulator({ clock: createManualClock(NOW) }).db);
    const ages = pending.map((r) => NOW / 1000 - r.created_at);

    expect(pending).toHaveLength(300);
    expect(Math.min(...ages)).toBeLessThan(5 * 60);
    expect(Math.max(...ages)).toBeLessThanOrEqual(30 * 86400 + 600);
    expect(new Set(pending.map((r) => r.category))).toEqual(new Set(['sip', 'forms', 'chats', 'mail']));
    expect(new Set(pending.map((r) => r.pipeline_id)).size).toBe(3);
  });

  it('keeps a history of accepted, declined and linked incoming leads sorted after they arrived', () => {
    const records = [...createEmulator({ clock: createManualClock(NOW) }).db.incoming.values()].filter(
      (r) => r.state !== 'pending',
    );
    const states = new Set(records.map((r) => r.state));

    expect(states).toEqual(new Set(['accepted', 'declined', 'linked']));
    for (const r of records) expect(r.sorted_at).toBeGreaterThan(r.created_at);
  });

  it('lets some incoming leads share a phone or e-mail with other contacts', () => {
    const db = createEmulator({ clock: createManualClock(NOW) }).db;
    const seen = new Map<string, number>();
    for (const contact of db.contacts.values()) {
      for (const value of [...contact.phones, ...contact.emails]) {
        const key = value.value.replace(/\D/g, '') || value.value;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }

    expect([...seen.values()].filter((count) => count > 1).length).toBeGreaterThan(3);
  });

  it('seeds at least loadCount incoming leads in the load size', () => {
    const db = createEmulator({ size: 'load', loadCount: 12_000, clock: createManualClock(NOW) }).db;

    expect(pendingIncomingLeads(db)).toHaveLength(12_000);
  });
});

describe('buildIncomingLead', () => {
  it('builds a complete draft and applies the overrides it is given', () => {
    const draft = buildIncomingLead(
      { category: 'chats', pipeline_id: PIPELINE_IDS.partners, metadata: { from: '' } },
      { random: createRandom(1) },
    );

    expect(draft).toMatchObject({
      category: 'chats',
      pipeline_id: PIPELINE_IDS.partners,
      metadata: { from: '', service: expect.any(String) },
    });
    expect(draft.contact?.name).toEqual(expect.any(String));
    expect(draft.source_uid).toMatch(/^amojo:/);
  });

  it('gives the same draft for the same random seed', () => {
    const a = buildIncomingLead({ category: 'sip' }, { random: createRandom(7), now: 1_800_000_000 });
    const b = buildIncomingLead({ category: 'sip' }, { random: createRandom(7), now: 1_800_000_000 });

    expect(a).toEqual(b);
  });
});
