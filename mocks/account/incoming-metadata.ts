import {
  ACCOUNT_LINES,
  CHAT_MESSAGES,
  CHAT_SERVICES,
  FORMS,
  MAIL_SUBJECTS,
  MAIL_SUMMARIES,
  MAILBOXES,
  NATIVE_FORM_NAMES,
  REFERERS,
  SIP_PROVIDERS,
} from './channel-vocabulary';
import type { FakePerson } from './fake-people';
import { fakeIp } from './fake-people';
import { type Random, uuidFrom } from './prng';
import type { IncomingCategory, Metadata } from './records';

export interface SourceAndMetadata {
  source_uid: string | null;
  source_name: string | null;
  metadata: Metadata;
}

function lineFor(person: FakePerson) {
  const index = [...person.phoneDigits].reduce((sum, digit) => sum + Number(digit), 0) % ACCOUNT_LINES.length;
  return ACCOUNT_LINES[index] ?? ACCOUNT_LINES[0];
}

// Types below deliberately disagree with the documented ones where real responses do (amocrm-api-facts.md §1.6).
function sip(random: Random, person: FakePerson, at: number): SourceAndMetadata {
  const provider = random.pick(SIP_PROVIDERS);
  const isMissed = random.chance(0.2);
  const duration = isMissed ? '0' : random.int(12, 900);
  const fromRoll = random.next();
  const from = fromRoll < 0.45 ? person.phoneDigits : fromRoll < 0.75 ? Number(person.phoneDigits) : person.name;
  const metadata: Metadata = {
    from,
    // The line the client dialled; which one follows from the client, so the seed's random sequence is unchanged.
    phone: random.chance(0.55) ? Number(lineFor(person).digits) : lineFor(person).typed,
    called_at: at - (typeof duration === 'number' ? duration : 0) - random.int(1, 20),
    duration,
    link: isMissed || random.chance(0.1) ? null : `${provider.host}/${random.hex(24)}.mp3`,
    service_code: provider.code,
  };
  if (random.chance(0.3)) metadata.uniq = random.hex(32);
  return {
    source_uid: random.chance(0.3) ? null : random.hex(32),
    source_name: random.chance(0.05) ? null : provider.name,
    metadata,
  };
}

function forms(random: Random, person: FakePerson, at: number): SourceAndMetadata {
  const sentAt = String(at - random.int(0, 30));
  const isNative = random.chance(0.45);
  if (isNative) {
    const formId = String(random.int(1000000, 1999999));
    const formName = random.pick(NATIVE_FORM_NAMES);
    const metadata = {
      form_id: formId,
      form_name: formName,
      form_page: `Site request #${formId} from form «${formName}»`,
      ip: fakeIp(random),
      form_sent_at: sentAt,
      referer: random.pick(REFERERS),
      visitor_uid: random.chance(0.6) ? null : uuidFrom(random),
    };
    return { source_uid: null, source_name: random.chance(0.5) ? null : formName, metadata };
  }
  const form = random.pick(FORMS);
  const metadata = {
    form_id: form.id,
    form_name: form.name,
    form_page: form.page,
    ip: fakeIp(random),
    form_sent_at: sentAt,
    referer: random.pick(REFERERS),
    visitor_uid: random.chance(0.5) ? null : uuidFrom(random),
  };
  return {
    source_uid: random.hex(32),
    source_name: random.pick(['Tilda', 'WordPress', person.isRussian ? 'Сайт' : 'Website']),
    metadata,
  };
}

function chats(random: Random, person: FakePerson, at: number): SourceAndMetadata {
  const channel = random.pick(CHAT_SERVICES);
  const scope = uuidFrom(random);
  const textRoll = random.next();
  const metadata = {
    from: random.chance(0.3) ? '' : person.name,
    to: String(random.int(100000000, 999999999)),
    received_at: at,
    service: channel.service,
    client: {
      name: random.chance(0.15) ? null : person.name,
      avatar: random.chance(0.4) ? null : `https://amojo.amocrm.ru/attachments/avatars/${uuidFrom(random)}.jpg`,
    },
    origin: {
      chat_id: uuidFrom(random),
      ref: random.chance(0.7) ? null : `utm_source=${channel.service}&utm_campaign=spring`,
      visitor_uid: random.chance(0.5) ? null : uuidFrom(random),
    },
    last_message_text: textRoll < 0.1 ? null : textRoll < 0.16 ? at - random.int(5, 120) : random.pick(CHAT_MESSAGES),
    source_name: channel.label,
  };
  return { source_uid: `amojo:${channel.service}:${scope}`, source_name: `${channel.service}:${scope}`, metadata };
}

function mail(random: Random, person: FakePerson, at: number): SourceAndMetadata {
  const metadata = {
    from: { email: person.email, name: person.name },
    received_at: at,
    subject: random.pick(MAIL_SUBJECTS),
    thread_id: random.int(100000, 999999),
    message_id: random.int(1000000, 9999999),
    content_summary: random.pick(MAIL_SUMMARIES),
  };
  return { source_uid: random.chance(0.5) ? null : random.hex(32), source_name: random.pick(MAILBOXES), metadata };
}

export function fakeSource(
  category: IncomingCategory,
  random: Random,
  person: FakePerson,
  at: number,
): SourceAndMetadata {
  switch (category) {
    case 'sip':
      return sip(random, person, at);
    case 'forms':
      return forms(random, person, at);
    case 'chats':
      return chats(random, person, at);
    case 'mail':
      return mail(random, person, at);
  }
}
