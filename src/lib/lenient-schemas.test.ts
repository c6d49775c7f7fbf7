import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  lenientArray,
  lenientBoolean,
  lenientEpochMs,
  lenientNumber,
  lenientObject,
  lenientText,
  requiredEpochMs,
  requiredId,
} from './lenient-schemas';

describe('lenient schemas', () => {
  it('read text from strings and numbers, and nothing else', () => {
    const read = (value: unknown) => z.parse(lenientText, value);
    expect([
      read('Anna'),
      read(14155551234),
      read(''),
      read(null),
      read(undefined),
      read({}),
      read(Number.NaN),
    ]).toEqual(['Anna', '14155551234', null, null, null, null, null]);
  });

  it('read numbers from numbers and numeric strings', () => {
    const read = (value: unknown) => z.parse(lenientNumber, value);
    expect([read(54), read('0'), read(' 12 '), read('12s'), read(''), read(true)]).toEqual([
      54,
      0,
      12,
      null,
      null,
      null,
    ]);
  });

  it('read Unix seconds as milliseconds and 0 as not set', () => {
    const read = (value: unknown) => z.parse(lenientEpochMs, value);
    expect([read(1570178452), read('1570178452'), read(0), read('x')]).toEqual([
      1570178452000,
      1570178452000,
      null,
      null,
    ]);
  });

  it('read booleans the way PHP writes them', () => {
    const read = (value: unknown) => z.parse(lenientBoolean, value);
    expect([read(true), read(1), read('1'), read(false), read('true'), read(undefined)]).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('read a missing object or list as empty', () => {
    const schema = z.object({ client: lenientObject({ name: lenientText }), tags: lenientArray(lenientText) });
    expect(z.parse(schema, { client: null, tags: 'x' })).toEqual({ client: { name: null }, tags: [] });
    expect(z.parse(schema, {})).toEqual({ client: { name: null }, tags: [] });
  });

  it('fail on a required id or time that is missing or not a whole number', () => {
    expect(z.parse(requiredId, '42')).toBe(42);
    expect(z.parse(requiredEpochMs, 1588840852)).toBe(1588840852000);
    for (const value of [undefined, null, '', '4.5', 'abc', {}]) {
      expect(z.safeParse(requiredId, value).success, String(value)).toBe(false);
    }
  });
});
