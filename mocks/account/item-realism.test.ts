// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { liftRateLimit, listAll, type Wire } from '../../tests/support/contract-api';
import { ACCOUNT_LINES } from './channel-vocabulary';

beforeEach(liftRateLimit);

const ofCategory = async (category: string): Promise<Wire[]> => listAll(`&filter[category]=${category}`);
const share = (items: Wire[], test: (item: Wire) => boolean): number => items.filter(test).length / items.length;

describe('seeded incoming leads look like real amoCRM data', () => {
  it('§8.10 embeds lead and contact stubs holding only id and _links, with companies mostly empty', async () => {
    const items = await listAll();

    for (const item of items) {
      for (const stub of [...item._embedded.leads, ...item._embedded.contacts, ...item._embedded.companies]) {
        expect(Object.keys(stub).sort()).toEqual(['_links', 'id']);
      }
      expect(item._embedded.leads.length).toBeLessThanOrEqual(1);
      expect(item._embedded.contacts.length).toBeLessThanOrEqual(1);
    }
    expect(share(items, (item) => item._embedded.companies.length === 0)).toBeGreaterThan(0.7);
  });

  it('gives every call its initiator in `from` and, in `phone`, the account line it rang, as the reference defines', async () => {
    const metadata = (await ofCategory('sip')).map((item) => item.metadata);
    const lines = new Set(ACCOUNT_LINES.map((line) => line.digits));
    const digits = (value: unknown) => String(value).replace(/\D/g, '');

    expect(metadata.length).toBeGreaterThan(10);
    for (const m of metadata) {
      expect(lines).toContain(digits(m.phone));
      expect(digits(m.from)).not.toBe(digits(m.phone));
    }
  });

  it('§8.11 leaves source_uid or source_name null on some items', async () => {
    const items = await listAll();

    expect(items.some((item) => item.source_uid === null)).toBe(true);
    expect(items.some((item) => item.source_name === null)).toBe(true);
    expect(items.some((item) => typeof item.source_uid === 'string')).toBe(true);
  });

  it('§8.12 sends call phones as numbers and strings, "0" durations, numeric or named callers, and null links', async () => {
    const metadata = (await ofCategory('sip')).map((item) => item.metadata);

    expect(metadata.some((m) => typeof m.phone === 'number')).toBe(true);
    expect(metadata.some((m) => typeof m.phone === 'string')).toBe(true);
    expect(metadata.some((m) => m.duration === '0')).toBe(true);
    expect(metadata.some((m) => Number.isInteger(m.duration) && m.duration > 0)).toBe(true);
    expect(metadata.some((m) => typeof m.from === 'number')).toBe(true);
    expect(metadata.some((m) => typeof m.from === 'string' && /\D/.test(m.from))).toBe(true);
    expect(metadata.some((m) => m.link === null)).toBe(true);
    expect(metadata.some((m) => typeof m.link === 'string' && m.link.startsWith('https://'))).toBe(true);
    for (const m of metadata) expect(m).not.toHaveProperty('is_call_event_needed');
  });

  it('§8.13 sends form_sent_at and native form ids as numeric strings and visitor_uid as null', async () => {
    const metadata = (await ofCategory('forms')).map((item) => item.metadata);

    for (const m of metadata) expect(m.form_sent_at).toMatch(/^\d+$/);
    expect(metadata.some((m) => /^\d+$/.test(m.form_id))).toBe(true);
    expect(metadata.some((m) => m.visitor_uid === null)).toBe(true);
    expect(metadata.some((m) => !m.form_page.startsWith('https://'))).toBe(true);
  });

  it('§8.14 sends chats with a null client name, an empty from, and null or non-string last messages', async () => {
    const metadata = (await ofCategory('chats')).map((item) => item.metadata);

    expect(metadata.some((m) => m.client.name === null)).toBe(true);
    expect(metadata.some((m) => m.from === '')).toBe(true);
    expect(metadata.some((m) => m.last_message_text === null)).toBe(true);
    expect(metadata.some((m) => typeof m.last_message_text === 'number')).toBe(true);
    for (const m of metadata) {
      expect(Object.keys(m).sort()).toEqual(
        ['client', 'from', 'last_message_text', 'origin', 'received_at', 'service', 'source_name', 'to'].sort(),
      );
    }
  });

  it('§8.15 sends mail with an integer message_id, a text summary and a from object', async () => {
    const metadata = (await ofCategory('mail')).map((item) => item.metadata);

    expect(metadata.length).toBeGreaterThan(0);
    for (const m of metadata) {
      expect(Number.isInteger(m.message_id)).toBe(true);
      expect(typeof m.content_summary).toBe('string');
      expect(m.from).toEqual({ email: expect.stringContaining('@'), name: expect.any(String) });
    }
  });
});
