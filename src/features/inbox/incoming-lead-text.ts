import type { IncomingLead, LeadCategory } from '@/incoming-leads/incoming-lead';

export const CATEGORY_LABELS: Record<LeadCategory, string> = {
  sip: 'Call',
  forms: 'Form',
  chats: 'Chat',
  mail: 'Mail',
};

/** Who reached out, as far as the incoming lead itself tells. */
export function describeSender(lead: IncomingLead): string {
  switch (lead.category) {
    case 'sip':
      return lead.call.from ?? lead.call.phone ?? 'Unknown caller';
    case 'forms':
      return lead.sourceName ?? 'Website visitor';
    case 'chats':
      return lead.chat.clientName ?? lead.chat.from ?? 'Chat client';
    case 'mail':
      return lead.mail.fromName ?? lead.mail.fromEmail ?? 'Unknown sender';
  }
}

function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0 ? `${minutes} min ${rest} s` : `${rest} s`;
}

/** What came in: the form, the subject, the last message or the call. */
export function describeContent(lead: IncomingLead): string {
  switch (lead.category) {
    case 'sip':
      if (lead.call.isMissed) return 'Missed call';
      return lead.call.durationSeconds === null ? 'Call' : `Call, ${formatDuration(lead.call.durationSeconds)}`;
    case 'forms':
      return lead.form.formName ?? 'Web form';
    case 'chats':
      return lead.chat.lastMessage ?? 'No message text';
    case 'mail':
      return lead.mail.subject ?? '(no subject)';
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "5 minutes ago", "3 days ago": how long the lead has been waiting. */
export function formatWaiting(createdAt: number, now: number, locale = 'en'): string {
  const elapsed = Math.max(0, now - createdAt);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return format.format(-Math.floor(elapsed / size), unit);
  }
  return format.format(0, 'minute');
}
