import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import type { Locale } from '@/lib/i18n';
import { messages } from './inbox-messages';

/** Who reached out, as far as the incoming lead itself tells. */
export function describeSender(lead: IncomingLead, locale: Locale): string {
  const m = messages[locale];
  switch (lead.category) {
    case 'sip':
      // `from` is the caller; `phone` is the account's line that was called, never the caller.
      return lead.call.from ?? m.unknownCaller;
    case 'forms':
      return lead.sourceName ?? m.websiteVisitor;
    case 'chats':
      return lead.chat.clientName || lead.chat.from || m.chatClient;
    case 'mail':
      return lead.mail.fromName ?? lead.mail.fromEmail ?? m.unknownSender;
  }
}

/** What came in: the form, the subject, the last message, or how long the call lasted ("Missed" at zero). */
export function describeContent(lead: IncomingLead, locale: Locale): string {
  const m = messages[locale];
  switch (lead.category) {
    case 'sip': {
      if (lead.call.isMissed) return m.missed;
      const seconds = lead.call.durationSeconds;
      return seconds === null ? m.durationUnknown : m.duration(Math.floor(seconds / 60), seconds % 60);
    }
    case 'forms':
      return lead.form.formName ?? m.webForm;
    case 'chats':
      return lead.chat.lastMessage ?? m.noMessageText;
    case 'mail':
      return lead.mail.subject ?? m.noSubject;
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long a lead has been waiting, in the two largest units: "12 min", "3 h 20 min", "2 d 4 h"; "for an unknown
 * time" when the API gave no usable arrival time.
 */
export function formatWaiting(createdAt: number | null, now: number, locale: Locale): string {
  const m = messages[locale];
  if (createdAt === null) return m.waitingUnknown;
  const elapsed = Math.max(0, now - createdAt);
  if (elapsed < MINUTE) return m.underAMinute;
  if (elapsed < HOUR) return m.minutes(Math.floor(elapsed / MINUTE));
  if (elapsed < DAY) return m.hours(Math.floor(elapsed / HOUR), Math.floor((elapsed % HOUR) / MINUTE));
  return m.days(Math.floor(elapsed / DAY), Math.floor((elapsed % DAY) / HOUR));
}

/** Plain under an hour, orange under a day, red after; the colour only repeats what the text says. */
export function waitingColor(createdAt: number | null, now: number): string {
  if (createdAt === null) return 'dimmed';
  const elapsed = now - createdAt;
  if (elapsed < HOUR) return 'dimmed';
  return elapsed < DAY ? 'var(--color-warning-text)' : 'var(--color-danger-text)';
}
