import type { IncomingLead, LeadCategory } from '@/incoming-leads/incoming-lead';

export const CATEGORY_LABELS: Record<LeadCategory, string> = {
  sip: 'Call',
  forms: 'Form',
  chats: 'Chat',
  mail: 'Mail',
};

/** Chip labels: what a filter shows. */
export const CATEGORY_GROUP_LABELS: Record<LeadCategory, string> = {
  sip: 'Calls',
  forms: 'Forms',
  chats: 'Chats',
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
      return lead.chat.clientName || lead.chat.from || 'Chat client';
    case 'mail':
      return lead.mail.fromName ?? lead.mail.fromEmail ?? 'Unknown sender';
  }
}

function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0 ? `${minutes} min ${rest} s` : `${rest} s`;
}

/** What came in: the form, the subject, the last message, or how long the call lasted ("Missed" at zero). */
export function describeContent(lead: IncomingLead): string {
  switch (lead.category) {
    case 'sip':
      if (lead.call.isMissed) return 'Missed';
      return lead.call.durationSeconds === null ? 'Duration unknown' : formatDuration(lead.call.durationSeconds);
    case 'forms':
      return lead.form.formName ?? 'Web form';
    case 'chats':
      return lead.chat.lastMessage ?? 'No message text';
    case 'mail':
      return lead.mail.subject ?? '(no subject)';
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long a lead has been waiting, in the two largest units: "12 min", "3 h 20 min", "2 d 4 h". */
export function formatWaiting(createdAt: number, now: number): string {
  const elapsed = Math.max(0, now - createdAt);
  if (elapsed < MINUTE) return 'under a minute';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min`;
  if (elapsed < DAY) {
    const minutes = Math.floor((elapsed % HOUR) / MINUTE);
    return `${Math.floor(elapsed / HOUR)} h${minutes > 0 ? ` ${minutes} min` : ''}`;
  }
  const hours = Math.floor((elapsed % DAY) / HOUR);
  return `${Math.floor(elapsed / DAY)} d${hours > 0 ? ` ${hours} h` : ''}`;
}

/** Plain under an hour, orange under a day, red after; the colour only repeats what the text says. */
export function waitingColor(createdAt: number, now: number): string {
  const elapsed = now - createdAt;
  if (elapsed < HOUR) return 'dimmed';
  return elapsed < DAY ? 'var(--color-warning-text)' : 'var(--color-danger-text)';
}

const priceFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

export function formatPrice(price: number | null): string | null {
  return price === null || price <= 0 ? null : priceFormat.format(price);
}
