// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseQuery, queryInt, queryIntList, queryList, queryPath, queryWith } from './query';

const parse = (search: string) => parseQuery(new URLSearchParams(search));

describe('parseQuery', () => {
  it('reads x, x[] and x[0] lists alike', () => {
    for (const search of [
      'filter[category]=forms',
      'filter[category][]=forms',
      'filter[category][0]=forms',
      'filter%5Bcategory%5D%5B%5D=forms',
    ]) {
      expect(queryList(queryPath(parse(search), 'filter', 'category'))).toEqual(['forms']);
    }
    expect(queryList(queryPath(parse('filter[uid][]=a&filter[uid][]=b'), 'filter', 'uid'))).toEqual(['a', 'b']);
    expect(queryList(queryPath(parse('filter[uid][0]=a&filter[uid][1]=b'), 'filter', 'uid'))).toEqual(['a', 'b']);
  });

  it('reads nested ranges and sort orders', () => {
    const tree = parse('filter[created_at][from]=10&filter[created_at][to]=20&order[created_at]=asc');

    expect(queryInt(queryPath(tree, 'filter', 'created_at', 'from'))).toBe(10);
    expect(queryInt(queryPath(tree, 'filter', 'created_at', 'to'))).toBe(20);
    expect(queryPath(tree, 'order', 'created_at')).toBe('asc');
  });

  it('drops values that are not integers from integer lists', () => {
    expect(queryIntList(queryPath(parse('filter[id][]=5&filter[id][]=x&filter[id][]=7'), 'filter', 'id'))).toEqual([
      5, 7,
    ]);
  });

  it('splits with= into names', () => {
    expect(queryWith(parse('with=contacts,source_id'))).toEqual(new Set(['contacts', 'source_id']));
  });
});
