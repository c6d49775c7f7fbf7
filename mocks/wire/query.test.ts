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

describe('parseQuery on hostile keys', () => {
  it('never touches a prototype, and a later parse is unaffected', () => {
    for (const search of [
      '__proto__[window]=1',
      '__proto__=1',
      'constructor[prototype][polluted]=1',
      'filter[__proto__][polluted]=1',
      'filter[constructor][prototype][polluted]=1',
      'filter[prototype]=1',
    ]) {
      const tree = parse(search);
      expect(Object.getPrototypeOf(tree)).toBeNull();
      expect(Object.keys(tree).filter((key) => key !== 'filter')).toEqual([]);
      expect(queryPath(tree, 'filter', 'prototype')).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).window).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(queryList(queryPath(parse('filter[category][]=forms'), 'filter', 'category'))).toEqual(['forms']);
  });

  it('skips a malformed index instead of failing the request', () => {
    expect(() => parse('filter[uid][]=a&filter[uid][length]=x&filter[uid][-1]=y')).not.toThrow();
    expect(queryList(queryPath(parse('filter[uid][]=a&filter[uid][length]=x'), 'filter', 'uid'))).toEqual(['a']);
  });
});
