import type { IncomingLead, LeadCategory } from '@/incoming-leads/incoming-lead';

export const CATEGORY_NAMES: Record<LeadCategory, string> = {
  sip: 'Call',
  forms: 'Web form',
  chats: 'Chat',
  mail: 'E-mail',
};

/** The drawer's heading: what came in and from whom, in the words the lead itself gives. */
export function leadTitle(lead: IncomingLead): string {
  switch (lead.category) {
    case 'sip':
      return `Call from ${lead.call.from ?? lead.call.phone ?? 'an unknown caller'}`;
    case 'forms':
      return `Form: ${lead.form.formName ?? 'untitled form'}`;
    case 'chats':
      return `Chat with ${lead.chat.clientName ?? lead.chat.from ?? 'an unnamed client'}`;
    case 'mail':
      return `E-mail from ${lead.mail.fromName ?? lead.mail.fromEmail ?? 'an unknown sender'}`;
  }
}

/** An absolute local date and time, e.g. "Nov 20, 2026, 12:30 PM" in an English locale. */
export function formatDateTime(epochMs: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

/** "Missed call" for a call that lasted zero seconds, else "2 min 5 s" or "40 s". */
export function formatCallDuration(seconds: number): string {
  if (seconds <= 0) return 'Missed call';
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return minutes > 0 ? `${minutes} min ${rest} s` : `${rest} s`;
}

export function formatPrice(price: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(price);
}
