import { describe, expect, it } from 'vitest';
import { createTestClient, jsonResponse, noContent } from '../../tests/support/fake-fetch';
import { fetchContactsByIds, searchContacts } from './contacts-api';

const multitext = (code: string, values: unknown) => ({
  field_id: code === 'PHONE' ? 3 : 5,
  field_name: code === 'PHONE' ? 'Phone' : 'Email',
  field_code: code,
  field_type: 'multitext',
  values,
});

describe('fetchContactsByIds', () => {
  it('reads names, phones and e-mails from custom fields', async () => {
    const { api, requests } = createTestClient(() =>
      jsonResponse({
        _embedded: {
          contacts: [
            {
              id: 13176707,
              name: 'Anna Smith',
              first_name: 'Anna',
              last_name: 'Smith',
              is_unsorted: true,
              custom_fields_values: [
                multitext('PHONE', [
                  { value: '+14155551234', enum_id: 1, enum_code: 'WORK' },
                  { value: 14155550000, enum: 'MOB' },
                  { value: '+14155551234', enum_code: 'OTHER' },
                ]),
                multitext('EMAIL', [{ value: 'anna@example.com', enum_code: 'WORK' }]),
                { field_id: 9, field_code: null, values: [{ value: 'Ignored' }] },
              ],
              _embedded: { tags: [], companies: [{ id: 77, _links: {} }] },
            },
          ],
        },
      }),
    );
    const contacts = await fetchContactsByIds(api, [13176707]);
    expect(requests[0]?.url).toBe('/api/v4/contacts?filter[id][0]=13176707&limit=250');
    expect(contacts).toEqual([
      {
        id: 13176707,
        name: 'Anna Smith',
        phones: ['+14155551234', '14155550000'],
        emails: ['anna@example.com'],
        isUnsorted: true,
        companyId: 77,
      },
    ]);
  });

  it('tolerates null custom fields, null value lists and missing names', async () => {
    const { api } = createTestClient(() =>
      jsonResponse({
        _embedded: {
          contacts: [
            { id: 1, name: '', first_name: 'Ivan', last_name: null, custom_fields_values: null },
            { id: 2, name: null, first_name: '', last_name: '', custom_fields_values: [multitext('PHONE', null)] },
          ],
        },
      }),
    );
    await expect(fetchContactsByIds(api, [1, 2])).resolves.toEqual([
      { id: 1, name: 'Ivan', phones: [], emails: [], isUnsorted: false, companyId: null },
      { id: 2, name: null, phones: [], emails: [], isUnsorted: false, companyId: null },
    ]);
  });

  it('reads 204 as none found', async () => {
    const { api } = createTestClient(() => noContent());
    await expect(fetchContactsByIds(api, [404])).resolves.toEqual([]);
  });
});

describe('searchContacts', () => {
  it('searches by text and reads the contacts found', async () => {
    const { api, requests } = createTestClient(() =>
      jsonResponse({
        _embedded: {
          contacts: [
            { id: 5, name: 'Anna', custom_fields_values: [multitext('PHONE', [{ value: '+7 916 123-45-67' }])] },
          ],
        },
      }),
    );
    const contacts = await searchContacts(api, ' 9161234567 ');
    expect(requests[0]?.url).toBe('/api/v4/contacts?query=9161234567&limit=50');
    expect(contacts).toEqual([
      { id: 5, name: 'Anna', phones: ['+7 916 123-45-67'], emails: [], isUnsorted: false, companyId: null },
    ]);
  });

  it('reads 204 as no match and skips the request for blank text', async () => {
    const { api, requests } = createTestClient(() => noContent());
    await expect(searchContacts(api, 'nobody@example.com')).resolves.toEqual([]);
    await expect(searchContacts(api, '  ')).resolves.toEqual([]);
    expect(requests).toHaveLength(1);
  });
});
