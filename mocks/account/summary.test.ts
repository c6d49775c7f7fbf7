// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { call, firstPending, liftRateLimit, type Wire, wire } from '../../tests/support/contract-api';
import { emulator } from '../runtimes/node';
import { PIPELINE_IDS } from './account-catalog';
import { type SummaryFilter, summarize } from './summary';

beforeEach(liftRateLimit);

const get = async (query = ''): Promise<Wire> => wire(await call(`/api/v4/leads/unsorted/summary${query}`));
const noFilter: SummaryFilter = { uids: null, pipelineIds: null, from: null, to: null };

describe('GET /api/v4/leads/unsorted/summary', () => {
  it('§8.24 returns integer counts, an integer average sort time and all four categories', async () => {
    const body = await get();

    for (const key of ['total', 'accepted', 'declined', 'average_sort_time'])
      expect(Number.isInteger(body[key])).toBe(true);
    expect(Object.keys(body.categories).sort()).toEqual(['chats', 'forms', 'mail', 'sip']);
    const byCategory = Object.values(body.categories).reduce(
      (sum: number, c) => sum + (c as { total: number }).total,
      0,
    );
    expect(byCategory).toBe(body.total);
    expect(body.accepted).toBeGreaterThan(0);
    expect(body.declined).toBeGreaterThan(0);
    expect(body.average_sort_time).toBeGreaterThan(0);
  });

  it('§8.24 filters by created_at given as a timestamp and as a from/to range', async () => {
    const records = [...emulator.db.incoming.values()];
    const after = Math.max(...records.map((r) => r.created_at)) - 7 * 86400;
    const weekAgo = await get(`?filter[created_at]=${after}`);
    const range = await get(`?filter[created_at][from]=${after - 86400}&filter[created_at][to]=${after}`);

    expect(weekAgo).toEqual(summarize(records, { ...noFilter, from: after }));
    expect(weekAgo.total).toBeLessThan((await get()).total);
    expect(range).toEqual(summarize(records, { ...noFilter, from: after - 86400, to: after }));
    expect(range.total).toBeLessThan(weekAgo.total);
  });

  it('§8.24 narrows the numbers to one pipeline', async () => {
    const all = await get();
    const partners = await get(`?filter[pipeline_id]=${PIPELINE_IDS.partners}`);

    const expected = [...emulator.db.incoming.values()].filter((r) => r.pipeline_id === PIPELINE_IDS.partners).length;
    expect(partners.total).toBe(expected);
    expect(partners.total).toBeLessThan(all.total);
  });

  it('counts a lead accepted inside the period even when it arrived before it', () => {
    const record = { ...firstPending(), created_at: 1000, sorted_at: 5000, state: 'accepted' as const };

    const inside = summarize([record], { ...noFilter, from: 4000, to: 6000 });
    const outside = summarize([record], { ...noFilter, from: 6000 });

    expect(inside).toMatchObject({ total: 1, accepted: 1, average_sort_time: 4000 });
    expect(outside.total).toBe(0);
  });

  it('answers zeros, not nulls, when nothing matches', async () => {
    expect(await get('?filter[created_at][from]=1&filter[created_at][to]=2')).toEqual({
      total: 0,
      accepted: 0,
      declined: 0,
      average_sort_time: 0,
      categories: { sip: { total: 0 }, mail: { total: 0 }, forms: { total: 0 }, chats: { total: 0 } },
    });
  });
});
