import { describe, expect, it } from 'vitest';
import { encodeQuery } from './query-string';

describe('encodeQuery', () => {
  it('writes nested filters with indexed brackets, as the official PHP library does', () => {
    const query = encodeQuery({
      filter: { category: ['sip', 'mail'], pipeline_id: 5 },
      order: { created_at: 'asc' },
      limit: 250,
    });
    expect(query).toBe(
      'filter[category][0]=sip&filter[category][1]=mail&filter[pipeline_id]=5&order[created_at]=asc&limit=250',
    );
  });

  it('writes ranges as named brackets', () => {
    expect(encodeQuery({ filter: { created_at: { from: 1589176500, to: 1589176560 } } })).toBe(
      'filter[created_at][from]=1589176500&filter[created_at][to]=1589176560',
    );
  });

  it('leaves out undefined and null values and empty lists', () => {
    expect(
      encodeQuery({ page: 1, filter: { category: [], pipeline_id: undefined, uid: null }, order: undefined }),
    ).toBe('page=1');
  });

  it('percent-encodes values and keys but keeps brackets readable', () => {
    expect(encodeQuery({ query: '+7 (999) 123&45', 'a b': { 'c=d': 'é' } })).toBe(
      'query=%2B7%20(999)%20123%2645&a%20b[c%3Dd]=%C3%A9',
    );
  });

  it('writes booleans as 1 and 0', () => {
    expect(encodeQuery({ a: true, b: false })).toBe('a=1&b=0');
  });
});
