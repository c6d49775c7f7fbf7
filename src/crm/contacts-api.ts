import * as z from 'zod/mini';
import type { ApiClient } from '@/lib/http';
import {
  lenientArray,
  lenientBoolean,
  lenientNumber,
  lenientObject,
  lenientText,
  requiredId,
} from '@/lib/lenient-schemas';
import { parseResponse } from '@/lib/parse-response';
import type { Contact } from './crm-schemas';
import { fetchByIdChunks } from './fetch-by-ids';

/*
 * Phones and e-mails are multitext custom fields with field_code PHONE / EMAIL. `custom_fields_values` is null
 * when a contact has none, and a value's type key is `enum_code` or, in older answers, `enum`; neither matters here.
 */
const customField = lenientObject({
  field_code: lenientText,
  values: lenientArray(lenientObject({ value: lenientText })),
});

function valuesOf(fields: z.output<typeof customField>[], code: 'PHONE' | 'EMAIL'): string[] {
  const values = fields
    .filter((field) => field.field_code === code)
    .flatMap((field) => field.values.map((entry) => entry.value?.trim() ?? ''))
    .filter((value) => value !== '');
  return [...new Set(values)];
}

const contactSchema = z.pipe(
  z.object({
    id: requiredId,
    name: lenientText,
    first_name: lenientText,
    last_name: lenientText,
    is_unsorted: lenientBoolean,
    custom_fields_values: lenientArray(customField),
    _embedded: lenientObject({ companies: lenientArray(lenientObject({ id: lenientNumber })) }),
  }),
  z.transform(
    (contact): Contact => ({
      id: contact.id,
      name: contact.name?.trim() || [contact.first_name, contact.last_name].filter(Boolean).join(' ').trim() || null,
      phones: valuesOf(contact.custom_fields_values, 'PHONE'),
      emails: valuesOf(contact.custom_fields_values, 'EMAIL'),
      isUnsorted: contact.is_unsorted,
      companyId: contact._embedded.companies[0]?.id ?? null,
    }),
  ),
);

const contactsSchema = z.object({ _embedded: z.object({ contacts: z.array(contactSchema) }) });

/** The contacts with these ids, with their phones and e-mails; ids that do not exist are left out. */
export function fetchContactsByIds(api: ApiClient, ids: readonly number[], signal?: AbortSignal): Promise<Contact[]> {
  return fetchByIdChunks(ids, async (chunk, limit) => {
    const body = await api.get('/api/v4/contacts', { query: { filter: { id: chunk }, limit }, signal });
    return body === null ? [] : parseResponse(contactsSchema, body, 'contacts')._embedded.contacts;
  });
}

const SEARCH_LIMIT = 50;

/**
 * Contacts whose filled fields (name, phone, e-mail) match the text, including those that came with incoming
 * leads nobody has sorted yet (`isUnsorted`). An empty query finds nothing; no match is a 204.
 */
export async function searchContacts(api: ApiClient, query: string, signal?: AbortSignal): Promise<Contact[]> {
  const text = query.trim();
  if (text === '') return [];
  const body = await api.get('/api/v4/contacts', { query: { query: text, limit: SEARCH_LIMIT }, signal });
  return body === null ? [] : parseResponse(contactsSchema, body, 'contacts')._embedded.contacts;
}
