import type { Contact, CrmLead } from '@/crm/crm-schemas';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import type { Locale } from '@/lib/i18n';
import type { InboxPage } from './inbox-queries';
import { describeContent, describeSender } from './incoming-lead-text';

/** One row of the inbox: the incoming lead with what the batched look-ups found for it. */
export interface InboxRow {
  lead: IncomingLead;
  crmLead: CrmLead | null;
  contact: Contact | null;
  /** Contact name, caller, chat client or mail sender. */
  who: string;
  /** A number or an address that tells people with the same name apart, when there is one. */
  whoDetail: string | null;
  what: string;
  /** Lower-case text and phone digits the search runs over, built once per row. */
  searchText: string;
  searchDigits: string;
}

function contactDetail(lead: IncomingLead, contact: Contact | null): string | null {
  switch (lead.category) {
    case 'sip':
      // The caller's number from the contact; the call's `phone` is the account's own line it rang.
      return contact?.phones[0] ?? null;
    case 'mail':
      return lead.mail.fromEmail ?? contact?.emails[0] ?? null;
    case 'chats':
      return lead.chat.sourceName ?? lead.chat.service;
    case 'forms':
      return contact?.phones[0] ?? contact?.emails[0] ?? null;
  }
}

function channelText(lead: IncomingLead): (string | null)[] {
  switch (lead.category) {
    case 'sip':
      return [lead.call.from, lead.call.phone];
    case 'forms':
      return [lead.form.formName, lead.form.formPage];
    case 'chats':
      return [lead.chat.clientName, lead.chat.from, lead.chat.lastMessage];
    case 'mail':
      return [lead.mail.fromName, lead.mail.fromEmail, lead.mail.subject, lead.mail.summary];
  }
}

type RowText = Pick<InboxRow, 'crmLead' | 'contact' | 'who' | 'whoDetail' | 'what'>;

/** Every piece of text a manager may type to find this lead. */
function searchableText(lead: IncomingLead, row: RowText): string[] {
  const contact = row.contact ? [row.contact.name, ...row.contact.phones, ...row.contact.emails] : [];
  const parts = [
    row.who,
    row.whoDetail,
    row.what,
    row.crmLead?.name,
    lead.sourceName,
    ...channelText(lead),
    ...contact,
  ];
  return parts.filter((part): part is string => typeof part === 'string' && part !== '');
}

/** Lower case, and "ё" read as "е", as Russian speakers type it. */
export function normalizeText(text: string): string {
  return text.toLocaleLowerCase('ru').replaceAll('ё', 'е');
}

/** `locale` words the fallbacks ("Unknown caller"), which the search then finds in that language. */
export function toInboxRow(lead: IncomingLead, page: Pick<InboxPage, 'leads' | 'contacts'>, locale: Locale): InboxRow {
  const crmLead = lead.leadId === null ? null : (page.leads[lead.leadId] ?? null);
  const contact = lead.contactId === null ? null : (page.contacts[lead.contactId] ?? null);
  const who = contact?.name ?? describeSender(lead, locale);
  const detail = contactDetail(lead, contact);
  const parts = {
    crmLead,
    contact,
    who,
    whoDetail: detail === who ? null : detail,
    what: describeContent(lead, locale),
  };
  const text = searchableText(lead, parts);
  return {
    lead,
    ...parts,
    searchText: normalizeText(text.join('\n')),
    searchDigits: text.map((part) => part.replace(/\D/g, '')).join('\n'),
  };
}

/** The loaded pages as rows, each lead once: pages shift while leads arrive, so one may show up twice. */
export function toInboxRows(pages: readonly InboxPage[], locale: Locale): InboxRow[] {
  const seen = new Set<string>();
  const rows: InboxRow[] = [];
  for (const page of pages) {
    for (const lead of page.items) {
      if (seen.has(lead.uid)) continue;
      seen.add(lead.uid);
      rows.push(toInboxRow(lead, page, locale));
    }
  }
  return rows;
}

const PHONE_QUERY = /^[\d\s+()\-.]+$/;

/**
 * Rows matching the search: the whole text, or every word of it, anywhere in the row; a query that looks like
 * a phone number matches by its digits, so "+7 (916) 123-45" finds 79161234567.
 */
export function filterRows(rows: InboxRow[], query: string): InboxRow[] {
  const text = normalizeText(query.trim());
  if (text === '') return rows;
  const words = text.split(/\s+/);
  const digits = text.replace(/\D/g, '');
  const byDigits = PHONE_QUERY.test(text) && digits.length >= 3;
  return rows.filter(
    (row) =>
      row.searchText.includes(text) ||
      words.every((word) => row.searchText.includes(word)) ||
      (byDigits && row.searchDigits.includes(digits)),
  );
}
