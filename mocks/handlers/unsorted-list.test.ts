// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { call, firstPending, liftRateLimit, ORIGIN, pending, type Wire, wire } from '../../tests/support/contract-api';
import { PIPELINE_IDS } from '../account/account-catalog';
import { emulator } from '../runtimes/node';

beforeEach(liftRateLimit);

const uidsOf = async (path: string): Promise<string[]> => {
  const response = await call(path);
  if (response.status === 204) return [];
  return (await wire(response))._embedded.unsorted.map((item: Wire) => item.uid);
};

const hrefsIn = (value: unknown): string[] => {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'href' && typeof inner === 'string' ? [inner] : hrefsIn(inner),
  );
};

describe('GET /api/v4/leads/unsorted: envelope and pagination', () => {
  it('§8.1 answers a filter that matches nothing with 204, an empty body and no content type', async () => {
    const response = await call('/api/v4/leads/unsorted?filter[pipeline_id]=999999');

    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(response.headers.get('Content-Type')).toBeNull();
  });

  it('§8.2 wraps items in _page, _links.self and _embedded.unsorted, without _total_items or _page_count', async () => {
    const body = await wire(await call('/api/v4/leads/unsorted'));

    expect(body._page).toBe(1);
    expect(body._links.self.href).toBe(`${ORIGIN}/api/v4/leads/unsorted`);
    expect(Array.isArray(body._embedded.unsorted)).toBe(true);
    expect(body).not.toHaveProperty('_total_items');
    expect(body).not.toHaveProperty('_page_count');
  });

  it('§8.3 pages by 50 by default, allows 250, and treats 400, 0 and negative limits as 50', async () => {
    const count = async (query: string) =>
      (await wire(await call(`/api/v4/leads/unsorted${query}`)))._embedded.unsorted.length;

    expect(await count('')).toBe(50);
    expect(await count('?limit=250')).toBe(250);
    expect(await count('?limit=400')).toBe(50);
    expect(await count('?limit=0')).toBe(50);
    expect(await count('?limit=-5')).toBe(50);
  });

  it('§8.4 links next from a full page, adds first and prev from page 2, and drops next at the end', async () => {
    const lastPage = Math.ceil(pending().length / 50);
    const first = await wire(await call('/api/v4/leads/unsorted?page=1'));
    const second = await wire(await call('/api/v4/leads/unsorted?page=2'));
    const last = await wire(await call(`/api/v4/leads/unsorted?page=${lastPage}`));

    expect(Object.keys(first._links).sort()).toEqual(['next', 'self']);
    expect(first._links.next.href).toBe(`${ORIGIN}/api/v4/leads/unsorted?page=2&limit=50`);
    expect(Object.keys(second._links).sort()).toEqual(['first', 'next', 'prev', 'self']);
    expect(second._links.prev.href).toBe(`${ORIGIN}/api/v4/leads/unsorted?page=1&limit=50`);
    expect(last._links).not.toHaveProperty('next');
  });

  it('§8.5 keeps offering next on the last page in always-next mode and answers that page with 204', async () => {
    emulator.setQuirks({ alwaysNextLink: true });
    const lastPage = Math.ceil(pending().length / 250);
    const last = await wire(await call(`/api/v4/leads/unsorted?limit=250&page=${lastPage}`));

    expect(last._embedded.unsorted.length).toBeLessThan(250);
    const next = new URL(last._links.next.href);
    const beyond = await call(`${next.pathname}${next.search}`);
    expect(beyond.status).toBe(204);
  });

  it('§8.6 makes every href absolute, on the request origin or on the configured account host', async () => {
    const onOrigin = hrefsIn(await wire(await call('/api/v4/leads/unsorted?page=2')));
    emulator.setQuirks({ linksHost: 'https://shard152.amocrm.ru' });
    const onShard = hrefsIn(await wire(await call('/api/v4/leads/unsorted?page=2')));

    expect(onOrigin.length).toBeGreaterThan(100);
    for (const href of onOrigin) expect(href.startsWith(`${ORIGIN}/api/v4/`)).toBe(true);
    for (const href of onShard) expect(href.startsWith('https://shard152.amocrm.ru/api/v4/')).toBe(true);
  });

  it('§8.7 reads filters written as x, x[], x[0] and with percent-encoded brackets alike', async () => {
    const forms = pending('forms')
      .map((r) => r.uid)
      .sort();
    const formsAndSip = [...forms, ...pending('sip').map((r) => r.uid)].sort();
    const all = async (query: string) => (await uidsOf(`/api/v4/leads/unsorted?limit=250&${query}`)).sort();

    expect(await all('filter[category]=forms')).toEqual(forms);
    expect(await all('filter[category][]=forms')).toEqual(forms);
    expect(await all('filter%5Bcategory%5D%5B%5D=forms')).toEqual(forms);
    expect(await all('filter[category][0]=forms&filter[category][1]=sip')).toEqual(formsAndSip);
    const [a, b] = pending();
    expect(await all(`filter[uid]=${a?.uid}`)).toEqual([a?.uid]);
    expect(await all(`filter[uid][]=${a?.uid}&filter[uid][]=${b?.uid}`)).toEqual([a?.uid, b?.uid].sort());
    expect(await all(`filter%5Buid%5D%5B0%5D=${a?.uid}`)).toEqual([a?.uid]);
    const partners = pending()
      .filter((r) => r.pipeline_id === PIPELINE_IDS.partners)
      .map((r) => r.uid)
      .sort();
    expect(await all(`filter[pipeline_id]=${PIPELINE_IDS.partners}`)).toEqual(partners);
    expect(await all(`filter[pipeline_id][]=${PIPELINE_IDS.partners}`)).toEqual(partners);
  });

  it('§8.8 sorts by created_at and updated_at in both directions and never returns updated_at', async () => {
    const times = async (query: string) => {
      const items: Wire[] = (await wire(await call(`/api/v4/leads/unsorted?limit=250&${query}`)))._embedded.unsorted;
      for (const item of items) expect(item).not.toHaveProperty('updated_at');
      return items.map((item) => emulator.db.incoming.get(item.uid));
    };
    const ascending = (await times('order[created_at]=asc')).map((r) => r?.created_at ?? 0);
    const descending = (await times('order[created_at]=desc')).map((r) => r?.created_at ?? 0);
    const updatedAsc = (await times('order[updated_at]=asc')).map((r) => r?.updated_at ?? 0);
    const updatedDesc = (await times('order[updated_at]=desc')).map((r) => r?.updated_at ?? 0);

    expect(ascending).toEqual([...ascending].sort((x, y) => x - y));
    expect(descending).toEqual([...descending].sort((x, y) => y - x));
    expect(updatedAsc).toEqual([...updatedAsc].sort((x, y) => x - y));
    expect(updatedDesc).toEqual([...updatedDesc].sort((x, y) => y - x));
  });

  it('§8.9 answers an unknown or processed uid with 204, or with 404 when switched', async () => {
    const { uid } = firstPending();
    await call(`/api/v4/leads/unsorted/${uid}/accept`, { method: 'POST' });

    const processed = await call(`/api/v4/leads/unsorted/${uid}`);
    const unknown = await call('/api/v4/leads/unsorted/0000ffff');
    expect([processed.status, unknown.status]).toEqual([204, 204]);
    expect(await unknown.text()).toBe('');

    emulator.setQuirks({ missingIncomingLead: 404 });
    const switched = await call(`/api/v4/leads/unsorted/${uid}`);
    expect(switched.status).toBe(404);
    expect(switched.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('answers the newest incoming leads first by default', async () => {
    const items: Wire[] = (await wire(await call('/api/v4/leads/unsorted')))._embedded.unsorted;
    const created = items.map((item) => item.created_at as number);

    expect(created).toEqual([...created].sort((x, y) => y - x));
  });
});
