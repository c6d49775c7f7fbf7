import * as z from 'zod/mini';
import { lenientDurationSeconds, lenientEpochMs, lenientObject, lenientText } from '@/lib/lenient-schemas';
import { toSafeHttpUrl } from '@/lib/safe-url';
import type { IncomingCall, IncomingChat, IncomingForm, IncomingMail } from './incoming-lead';

/*
 * Per-category metadata. Every field is lenient because the real values disagree with the documented types
 * (reference/amocrm-api-facts.md §1.6): phones arrive as numbers, durations as "0", form times as numeric
 * strings, `last_message_text` as a number, names as null. A field that cannot be read becomes null.
 */

const safeUrl = z.transform(toSafeHttpUrl);

const callMetadata = lenientObject({
  from: lenientText,
  phone: lenientText,
  called_at: lenientEpochMs,
  duration: lenientDurationSeconds,
  link: safeUrl,
  service_code: lenientText,
  uniq: lenientText,
  call_responsible: lenientText,
});

export const incomingCallSchema = z.pipe(
  callMetadata,
  z.transform(
    (meta): IncomingCall => ({
      from: meta.from,
      phone: meta.phone,
      calledAt: meta.called_at,
      durationSeconds: meta.duration,
      isMissed: meta.duration === 0,
      recordingUrl: meta.link,
      serviceCode: meta.service_code,
      uniq: meta.uniq,
      responsible: meta.call_responsible,
    }),
  ),
);

const formMetadata = lenientObject({
  form_id: lenientText,
  form_name: lenientText,
  form_page: lenientText,
  ip: lenientText,
  form_sent_at: lenientEpochMs,
  referer: lenientText,
  visitor_uid: lenientText,
  form_type: lenientText,
});

export const incomingFormSchema = z.pipe(
  formMetadata,
  z.transform(
    (meta): IncomingForm => ({
      formId: meta.form_id,
      formName: meta.form_name,
      formPage: meta.form_page,
      ip: meta.ip,
      sentAt: meta.form_sent_at,
      referer: meta.referer,
      visitorUid: meta.visitor_uid,
      formType: meta.form_type,
    }),
  ),
);

const chatMetadata = lenientObject({
  from: lenientText,
  to: lenientText,
  received_at: lenientEpochMs,
  service: lenientText,
  client: lenientObject({ name: lenientText, avatar: safeUrl }),
  origin: lenientObject({ chat_id: lenientText, ref: lenientText, visitor_uid: lenientText }),
  last_message_text: lenientText,
  source_name: lenientText,
});

export const incomingChatSchema = z.pipe(
  chatMetadata,
  z.transform(
    (meta): IncomingChat => ({
      from: meta.from,
      to: meta.to,
      receivedAt: meta.received_at,
      service: meta.service,
      clientName: meta.client.name,
      clientAvatar: meta.client.avatar,
      chatId: meta.origin.chat_id,
      ref: meta.origin.ref,
      visitorUid: meta.origin.visitor_uid,
      lastMessage: meta.last_message_text,
      sourceName: meta.source_name,
    }),
  ),
);

const mailMetadata = lenientObject({
  from: lenientObject({ email: lenientText, name: lenientText }),
  received_at: lenientEpochMs,
  subject: lenientText,
  thread_id: lenientText,
  message_id: lenientText,
  content_summary: lenientText,
});

export const incomingMailSchema = z.pipe(
  mailMetadata,
  z.transform(
    (meta): IncomingMail => ({
      fromEmail: meta.from.email,
      fromName: meta.from.name,
      receivedAt: meta.received_at,
      subject: meta.subject,
      threadId: meta.thread_id,
      messageId: meta.message_id,
      summary: meta.content_summary,
    }),
  ),
);
