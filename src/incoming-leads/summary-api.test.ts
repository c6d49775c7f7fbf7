import { describe, expect, it } from 'vitest';
import { createTestClient, jsonResponse, noContent } from '../../tests/support/fake-fetch';
import { fetchIncomingLeadSummary } from './summary-api';

describe('fetchIncomingLeadSummary', () => {
  it('reads the reference example and works out how many are waiting', async () => {
    const { api } = createTestClient(() =>
      jsonResponse({
        total: 168,
        accepted: 6,
        declined: 2,
        average_sort_time: 34521,
        categories: { sip: { total: 31 }, mail: { total: 41 }, forms: { total: 27 }, chats: { total: 69 } },
      }),
    );
    await expect(fetchIncomingLeadSummary(api)).resolves.toEqual({
      total: 168,
      accepted: 6,
      declined: 2,
      waiting: 160,
      averageSortTimeSeconds: 34521,
      categories: { sip: 31, forms: 27, chats: 69, mail: 41 },
    });
  });

  it('reads missing categories as zero and never reports fewer than zero waiting', async () => {
    const { api } = createTestClient(() =>
      jsonResponse({
        total: '6',
        accepted: 1,
        declined: 9,
        average_sort_time: 44153027,
        categories: { sip: { total: 3 }, chats: 3 },
      }),
    );
    await expect(fetchIncomingLeadSummary(api)).resolves.toMatchObject({
      total: 6,
      waiting: 0,
      categories: { sip: 3, forms: 0, chats: 3, mail: 0 },
    });
  });

  it('reads an empty answer as all zeros', async () => {
    const { api } = createTestClient(() => noContent());
    await expect(fetchIncomingLeadSummary(api)).resolves.toEqual({
      total: 0,
      accepted: 0,
      declined: 0,
      waiting: 0,
      averageSortTimeSeconds: 0,
      categories: { sip: 0, forms: 0, chats: 0, mail: 0 },
    });
  });

  it('reads an impossible sort time as unknown and an impossible count as zero, never as a number to draw', async () => {
    const { api } = createTestClient(() =>
      jsonResponse({ total: 1e300, accepted: -4, declined: 2.5, average_sort_time: 2.75e301, categories: {} }),
    );
    await expect(fetchIncomingLeadSummary(api)).resolves.toMatchObject({
      total: 0,
      accepted: 0,
      declined: 0,
      averageSortTimeSeconds: null,
    });
  });

  it('sends a millisecond range as Unix seconds, with the pipeline', async () => {
    const { api, requests } = createTestClient(() => jsonResponse({}));
    await fetchIncomingLeadSummary(api, { createdAt: { from: 1589176500000, to: 1589176560999 }, pipelineId: 2194576 });
    await fetchIncomingLeadSummary(api, { createdAt: 1589176500000, uids: ['a', 'b'] });
    await fetchIncomingLeadSummary(api, { createdAt: { from: 1589176500000 } });
    expect(requests.map((request) => request.url)).toEqual([
      '/api/v4/leads/unsorted/summary?filter[created_at][from]=1589176500&filter[created_at][to]=1589176560&filter[pipeline_id]=2194576',
      '/api/v4/leads/unsorted/summary?filter[created_at]=1589176500&filter[uid][0]=a&filter[uid][1]=b',
      '/api/v4/leads/unsorted/summary?filter[created_at][from]=1589176500',
    ]);
  });

  it('fails with an invalid-response error when the body is not an object', async () => {
    const { api } = createTestClient(() => jsonResponse([1, 2, 3]));
    await expect(fetchIncomingLeadSummary(api)).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});
