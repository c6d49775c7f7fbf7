import { describe, expect, it } from 'vitest';
import { createTestClient, jsonResponse, noContent } from '../../tests/support/fake-fetch';
import { fetchPipelines } from './pipelines-api';

const status = (id: number, name: string, sort: number, type: number, pipelineId = 3177727) => ({
  id,
  name,
  sort,
  is_editable: type === 0 && id < 142,
  pipeline_id: pipelineId,
  color: type === 1 ? '#c1c1c1' : '#99ccff',
  type,
  account_id: 12345678,
  _links: { self: { href: `https://example.amocrm.ru/api/v4/leads/pipelines/${pipelineId}/statuses/${id}` } },
});

describe('fetchPipelines', () => {
  it('reads pipelines with their stages in order and finds the incoming stage', async () => {
    const { api, requests } = createTestClient(() =>
      jsonResponse({
        _total_items: 2,
        _links: { self: { href: 'https://example.amocrm.ru/api/v4/leads/pipelines' } },
        _embedded: {
          pipelines: [
            {
              id: 3177727,
              name: 'Sales',
              sort: 1,
              is_main: true,
              is_unsorted_on: true,
              is_archive: false,
              account_id: 12345678,
              _embedded: {
                statuses: [
                  status(143, 'Closed – lost', 11000, 0),
                  status(32392156, 'Incoming leads', 10, 1),
                  status(32392159, 'First contact', 20, 0),
                  status(142, 'Closed – won', 10000, 0),
                ],
              },
            },
            { id: 4000, name: 'Archive', sort: 0, is_main: false, is_archive: true, _embedded: { statuses: [] } },
          ],
        },
      }),
    );
    const pipelines = await fetchPipelines(api);
    expect(requests[0]?.url).toBe('/api/v4/leads/pipelines');
    expect(pipelines.map((pipeline) => pipeline.name)).toEqual(['Archive', 'Sales']);
    expect(pipelines[1]).toEqual({
      id: 3177727,
      name: 'Sales',
      sort: 1,
      isMain: true,
      isArchive: false,
      incomingStageId: 32392156,
      stages: [
        { id: 32392156, name: 'Incoming leads', sort: 10, color: '#c1c1c1', pipelineId: 3177727, kind: 'incoming' },
        { id: 32392159, name: 'First contact', sort: 20, color: '#99ccff', pipelineId: 3177727, kind: 'regular' },
        { id: 142, name: 'Closed – won', sort: 10000, color: '#99ccff', pipelineId: 3177727, kind: 'won' },
        { id: 143, name: 'Closed – lost', sort: 11000, color: '#99ccff', pipelineId: 3177727, kind: 'lost' },
      ],
    });
    expect(pipelines[0]).toMatchObject({ isArchive: true, stages: [], incomingStageId: null });
  });

  it('reads a 204 as no pipelines', async () => {
    const { api } = createTestClient(() => noContent());
    await expect(fetchPipelines(api)).resolves.toEqual([]);
  });

  it('fails with an invalid-response error naming a stage without an id', async () => {
    const { api } = createTestClient(() =>
      jsonResponse({ _embedded: { pipelines: [{ id: 1, _embedded: { statuses: [{ name: 'x', pipeline_id: 1 }] } }] } }),
    );
    await expect(fetchPipelines(api)).rejects.toMatchObject({
      kind: 'invalid-response',
      detail: expect.stringContaining('_embedded.pipelines.0._embedded.statuses.0.id: expected a whole number'),
    });
  });
});
