/**
 * Request and response examples of the official "Incoming leads" page
 * (../shared/reference/incoming-leads-api.txt), kept verbatim so contract tests can replay them.
 */
export const stubs = (entity: string, id: number) => [
  { id, _links: { self: { href: `https://example.amocrm.com/api/v4/${entity}/${id}` } } },
];

export const LIST_BY_UID = {
  url: '/api/v4/leads/unsorted?filter[uid]=98fb033cefde74f5de1a5d3980a2a2d108037',
  response: {
    _page: 1,
    _links: {
      self: {
        href: 'https://example.amocrm.com/api/v4/leads/unsorted?filter[uid]=98fb033cefde74f5de1a5d3980a2a2d108037',
      },
    },
    _embedded: {
      unsorted: [
        {
          uid: '98fb033cefde74f5de1a5d3980a2a2d108037',
          source_uid: null,
          source_name: 'UIS',
          category: 'sip',
          pipeline_id: 2194576,
          created_at: 1583156937,
          metadata: {
            from: '14155551234',
            phone: 14155551234,
            called_at: 1583156916,
            duration: '0',
            link: null,
            service_code: 'uis_widget',
          },
          account_id: 123312,
          _links: {
            self: { href: 'https://example.amocrm.com/api/v4/leads/unsorted/98fb033cefde74f5de1a5d3980a2a2d108037' },
          },
          _embedded: { contacts: stubs('contacts', 13176707), leads: stubs('leads', 7002787), companies: [] },
        },
      ],
    },
  },
};

export const GET_BY_UID = {
  uid: 'aa401affb0094076b7449008363c1dc77d6790ad13fb5b08176dc46daa18',
  response: {
    uid: 'aa401affb0094076b7449008363c1dc77d6790ad13fb5b08176dc46daa18',
    source_uid: 'my_unique_uid',
    source_name: 'Source name',
    category: 'forms',
    pipeline_id: 3166396,
    created_at: 1588840852,
    metadata: {
      form_id: 'my_best_form',
      form_name: 'Feedback form',
      form_page: 'https://example.com/form',
      ip: '192.168.0.1',
      form_sent_at: '1570178452',
      referer: 'https://google.com/search',
      visitor_uid: null,
    },
    account_id: 28805383,
    _links: {
      self: {
        href: 'https://example.amocrm.com/api/v4/leads/unsorted/aa401affb0094076b7449008363c1dc77d6790ad13fb5b08176dc46daa18',
      },
    },
    _embedded: { contacts: stubs('contacts', 9567221), leads: stubs('leads', 6414851), companies: [] },
  },
};

export const SUMMARY = {
  url: '/api/v4/leads/unsorted/summary?filter[created_at][from]=1589176500&filter[created_at][to]=1589176560&filter[pipeline_id]=2194576',
  response: {
    total: 168,
    accepted: 6,
    declined: 2,
    average_sort_time: 34521,
    categories: { sip: { total: 31 }, mail: { total: 41 }, forms: { total: 27 }, chats: { total: 69 } },
  },
};
