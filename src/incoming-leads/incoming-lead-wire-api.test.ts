import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { incomingLeadSchema } from './incoming-lead-wire-api';

const parse = (item: unknown) => z.parse(incomingLeadSchema, item);

function wireItem(category: string, metadata: unknown, extra: Record<string, unknown> = {}) {
  return {
    uid: 'f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f',
    source_uid: 'src-1',
    source_name: 'Website',
    category,
    pipeline_id: 3166396,
    created_at: 1588840852,
    metadata,
    account_id: 28805383,
    _links: { self: { href: 'https://example.amocrm.com/api/v4/leads/unsorted/f0e1' } },
    _embedded: { leads: [{ id: 11, _links: {} }], contacts: [{ id: 22, _links: {} }], companies: [] },
    ...extra,
  };
}

describe('incomingLeadSchema', () => {
  it('reads the common fields in product words, with times in milliseconds', () => {
    const lead = parse(wireItem('forms', {}));
    expect(lead).toMatchObject({
      uid: 'f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f',
      sourceUid: 'src-1',
      sourceName: 'Website',
      category: 'forms',
      pipelineId: 3166396,
      createdAt: 1588840852000,
      accountId: 28805383,
      leadId: 11,
      contactId: 22,
      companyId: null,
    });
  });

  it('accepts null sources, numeric strings for ids and times, a missing _embedded and unknown keys', () => {
    const lead = parse({
      ...wireItem('mail', {}, { source_uid: null, source_name: null, pipeline_id: '42', created_at: '1588840852' }),
      _embedded: undefined,
      updated_at: 1588840999,
      is_new_flag: true,
    });
    expect(lead).toMatchObject({
      sourceUid: null,
      sourceName: null,
      pipelineId: 42,
      createdAt: 1588840852000,
      leadId: null,
      contactId: null,
      companyId: null,
    });
    expect(lead).not.toHaveProperty('updated_at');
  });

  describe('calls', () => {
    it('reads the reference example: caller as a digit string, phone as a number, duration "0", no recording', () => {
      const lead = parse(
        wireItem('sip', {
          from: '14155551234',
          phone: 14155551234,
          called_at: 1583156916,
          duration: '0',
          link: null,
          service_code: 'uis_widget',
        }),
      );
      expect(lead.category === 'sip' && lead.call).toEqual({
        from: '14155551234',
        phone: '14155551234',
        calledAt: 1583156916000,
        durationSeconds: 0,
        isMissed: true,
        recordingUrl: null,
        serviceCode: 'uis_widget',
        uniq: null,
        responsible: null,
      });
    });

    it('reads a numeric caller, a string phone, a duration and a responsible user id', () => {
      const lead = parse(
        wireItem('sip', {
          from: 79991234567,
          phone: '+7 999 123-45-67',
          called_at: '1510261200',
          duration: 54,
          link: 'https://records.example.com/call.mp3',
          uniq: 'a1fe231cc88e',
          call_responsible: 504141,
          is_call_event_needed: true,
        }),
      );
      expect(lead.category === 'sip' && lead.call).toMatchObject({
        from: '79991234567',
        phone: '+7 999 123-45-67',
        calledAt: 1510261200000,
        durationSeconds: 54,
        isMissed: false,
        recordingUrl: 'https://records.example.com/call.mp3',
        uniq: 'a1fe231cc88e',
        responsible: '504141',
      });
    });

    it('drops a recording link that is not a safe http(s) address', () => {
      const lead = parse(wireItem('sip', { link: 'javascript:alert(1)', duration: null }));
      expect(lead.category === 'sip' && lead.call).toMatchObject({ recordingUrl: null, isMissed: false });
    });
  });

  describe('forms', () => {
    it('reads the reference example with form_sent_at as a numeric string', () => {
      const lead = parse(
        wireItem('forms', {
          form_id: 'my_best_form',
          form_name: 'Feedback form',
          form_page: 'https://example.com/form',
          ip: '192.168.0.1',
          form_sent_at: '1570178452',
          referer: 'https://google.com/search',
          visitor_uid: null,
        }),
      );
      expect(lead.category === 'forms' && lead.form).toEqual({
        formId: 'my_best_form',
        formName: 'Feedback form',
        formPage: 'https://example.com/form',
        ip: '192.168.0.1',
        sentAt: 1570178452000,
        referer: 'https://google.com/search',
        visitorUid: null,
        formType: null,
      });
    });

    it('reads a native form: numeric form_id, a page description and no ip or referer', () => {
      const lead = parse(
        wireItem('forms', {
          form_id: 1115559,
          form_name: 'Form #1115559',
          form_page: 'Site request #1115559 from form «Form #1115559»',
          form_sent_at: 1686819152,
          form_type: 1,
        }),
      );
      expect(lead.category === 'forms' && lead.form).toMatchObject({
        formId: '1115559',
        formPage: 'Site request #1115559 from form «Form #1115559»',
        sentAt: 1686819152000,
        ip: null,
        referer: null,
        formType: '1',
      });
    });
  });

  describe('chats', () => {
    it('reads an empty sender, a null client name and a numeric last message', () => {
      const lead = parse(
        wireItem('chats', {
          from: '',
          to: '115599',
          received_at: 1686818940,
          service: 'amo.chats',
          client: { name: null, avatar: null },
          origin: { chat_id: '4b9c5b9e-8a1d-4c0f-9e7a-1f2e3d4c5b6a', ref: null, visitor_uid: '5692210d-58d0' },
          last_message_text: 1686818940,
          source_name: 'onlinechat:4b9c5b9e',
        }),
      );
      expect(lead.category === 'chats' && lead.chat).toEqual({
        from: null,
        to: '115599',
        receivedAt: 1686818940000,
        service: 'amo.chats',
        clientName: null,
        clientAvatar: null,
        chatId: '4b9c5b9e-8a1d-4c0f-9e7a-1f2e3d4c5b6a',
        ref: null,
        visitorUid: '5692210d-58d0',
        lastMessage: '1686818940',
        sourceName: 'onlinechat:4b9c5b9e',
      });
    });

    it('keeps a safe avatar, drops an unsafe one and survives missing client and origin objects', () => {
      const safe = parse(wireItem('chats', { client: { name: 'Anna', avatar: 'https://cdn.example.com/a.png' } }));
      expect(safe.category === 'chats' && safe.chat).toMatchObject({
        clientName: 'Anna',
        clientAvatar: 'https://cdn.example.com/a.png',
        chatId: null,
      });
      const unsafe = parse(wireItem('chats', { client: { avatar: 'data:image/svg+xml,<svg onload=alert(1)>' } }));
      expect(unsafe.category === 'chats' && unsafe.chat.clientAvatar).toBeNull();
      const bare = parse(wireItem('chats', { client: null, origin: 'x', last_message_text: null }));
      expect(bare.category === 'chats' && bare.chat).toMatchObject({
        clientName: null,
        chatId: null,
        lastMessage: null,
      });
    });
  });

  describe('mail', () => {
    it('reads numeric message and thread ids as text', () => {
      const lead = parse(
        wireItem('mail', {
          from: { email: 'anna@example.com', name: 'Anna' },
          received_at: 1589165593,
          subject: 'Price request',
          thread_id: 1234,
          message_id: 987654,
          content_summary: 'Hello, please send the price list',
        }),
      );
      expect(lead.category === 'mail' && lead.mail).toEqual({
        fromEmail: 'anna@example.com',
        fromName: 'Anna',
        receivedAt: 1589165593000,
        subject: 'Price request',
        threadId: '1234',
        messageId: '987654',
        summary: 'Hello, please send the price list',
      });
    });

    it('reads a missing metadata object as empty fields', () => {
      const lead = parse(wireItem('mail', null));
      expect(lead.category === 'mail' && lead.mail).toEqual({
        fromEmail: null,
        fromName: null,
        receivedAt: null,
        subject: null,
        threadId: null,
        messageId: null,
        summary: null,
      });
    });
  });
});
