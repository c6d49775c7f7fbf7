import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import type { Locale } from '@/lib/i18n';
import { messages as detailsMessages } from './incoming-lead-details-messages';
import { messages } from './lead-drawer-messages';

/** The drawer's heading: what came in and from whom, in the words the lead itself gives. */
export function leadTitle(lead: IncomingLead, locale: Locale): string {
  const m = messages[locale];
  switch (lead.category) {
    case 'sip':
      // `from` is the caller; `phone` is the account's line that rang.
      return m.callFrom(lead.call.from);
    case 'forms':
      return m.formTitle(lead.form.formName);
    case 'chats':
      return m.chatWith(lead.chat.clientName ?? lead.chat.from);
    case 'mail':
      return m.emailFrom(lead.mail.fromName ?? lead.mail.fromEmail);
  }
}

/** An absolute local date and time, e.g. "Nov 20, 2026, 12:30 PM" in English, "20 нояб. 2026 г., 12:30" in Russian. */
export function formatDateTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

/** "Missed call" for a call that lasted zero seconds, else "2 min 5 s" or "40 s". */
export function formatCallDuration(seconds: number, locale: Locale): string {
  const m = detailsMessages[locale];
  if (seconds <= 0) return m.missedCall;
  const whole = Math.round(seconds);
  return m.callDuration(Math.floor(whole / 60), whole % 60);
}
