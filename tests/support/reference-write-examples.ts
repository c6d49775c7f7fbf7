/**
 * Request and response examples of the official "Incoming leads" page
 * (../shared/reference/incoming-leads-api.txt), kept verbatim so contract tests can replay them.
 */
import { stubs } from './reference-read-examples';

const addedItem = (uid: string, contactId: number, leadId: number) => ({
  uid,
  account_id: 28805383,
  request_id: '123',
  _links: { self: { href: `https://example.amocrm.com/api/v4/leads/unsorted/${uid}` } },
  _embedded: { contacts: stubs('contacts', contactId), leads: stubs('leads', leadId), companies: [] },
});

const customField = [{ field_id: 284785, values: [{ value: 'Custom field' }] }];

export const ADD_SIP = {
  request: [
    {
      request_id: '123',
      source_name: 'Acme Co.',
      source_uid: 'a1fee7c0fc436088e64ba2e8822ba2b3',
      pipeline_id: 2194576,
      created_at: 1510261200,
      _embedded: {
        leads: [
          {
            name: 'Tech maintenance',
            price: 5000,
            custom_fields_values: customField,
            _embedded: { tags: [{ id: 263809 }] },
          },
        ],
        contacts: [{ name: 'Example contact' }],
        companies: [{ name: 'Acme Co.' }],
      },
      metadata: {
        is_call_event_needed: true,
        uniq: 'a1fe231cc88e64ba2e8822ba2b3ewrw',
        duration: 54,
        service_code: 'CkAvbEwPam6sad',
        link: 'https://example.com',
        phone: 14155551234,
        called_at: 1510261200,
        from: 'onlinePBX',
      },
    },
  ],
  response: {
    _total_items: 1,
    _embedded: {
      unsorted: [addedItem('aa401affb0094076b74442bc3f401d53e103f264d6668fd3ecfd5acef42f', 11075541, 7706509)],
    },
  },
};

export const ADD_FORMS = {
  request: [
    {
      request_id: '123',
      source_name: 'Acme Co.',
      source_uid: 'a1fee7c0fc436088e64ba2e8822ba2b3',
      pipeline_id: 2194576,
      created_at: 1590830520,
      _embedded: {
        leads: [
          {
            name: 'Tech maintenance',
            visitor_uid: '5692210d-58d0-468c-acb2-dce7f93eef87',
            price: 5000,
            custom_fields_values: customField,
            _embedded: { tags: [{ name: 'Example tag' }] },
          },
        ],
        contacts: [
          {
            name: 234,
            first_name: '123213',
            last_name: 234,
            custom_fields_values: [{ field_code: 'PHONE', values: [{ value: '+14155551234' }] }],
          },
        ],
        companies: [{ name: 'Acme Co.' }],
      },
      metadata: {
        ip: '123.222.2.22',
        form_id: 'a1fee7c0fc436088e64ba2e8822ba2b3ewrw',
        form_sent_at: 1590830520,
        form_name: 'Application form',
        form_page: 'https://example.com',
        referer: 'https://www.google.com/search?&q=elon+musk',
      },
    },
  ],
  response: {
    _total_items: 1,
    _embedded: {
      unsorted: [addedItem('69035fda95c38bf3a281e846652217aade38692a5cf9d2b312e3724f78bc', 11075543, 7706511)],
    },
  },
};

export const ACCEPT = {
  request: { user_id: 123123, status_id: 30846280 },
  response: {
    uid: '3cvd1de2ebfsd152fd6a465cd3e586cbdba6827',
    pipeline_id: 31634,
    category: 'mail',
    created_at: 1589165593,
    _embedded: { leads: stubs('leads', 9944789), contacts: stubs('contacts', 16522451), companies: [] },
  },
};

export const DECLINE = {
  request: { user_id: 123123 },
  response: {
    uid: '98bc1d1de2f960a2ad0e34b52823',
    pipeline_id: 1394576,
    category: 'mail',
    created_at: 1589115506,
    _embedded: { leads: stubs('leads', 9937533), contacts: stubs('contacts', 163141) },
  },
};

export const LINK = {
  request: { link: { entity_id: 93144801, entity_type: 'leads' } },
  response: { uid: 'd7faa21ce091fe0da05d8d4c2075090c1e9bfd4', _embedded: { leads: stubs('leads', 93144801) } },
};
