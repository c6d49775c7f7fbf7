import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  lenientArray,
  lenientBoolean,
  lenientDurationSeconds,
  lenientEpochMs,
  lenientNumber,
  lenientObject,
  lenientText,
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

  it('read a time outside 2000–2100 as missing, however it is written', () => {
    const read = (value: unknown) => z.parse(lenientEpochMs, value);
    // Milliseconds sent as seconds, a runaway value, a negative one, infinity written out.
    for (const value of [9_000_000_000_000, 1_588_840_852_000, 4_102_444_801, -5, '1e300', 'Infinity', 1e308]) {
      expect(read(value), String(value)).toBeNull();
    }
    expect(read(946_684_800)).toBe(946_684_800_000);
    expect(read(4_102_444_800)).toBe(4_102_444_800_000);
  });

  it('read a duration outside zero to ten years as missing', () => {
    const read = (value: unknown) => z.parse(lenientDurationSeconds, value);
    expect([read(0), read('95'), read(315_000_000)]).toEqual([0, 95, 315_000_000]);
    for (const value of [-1, 9e301, 'NaN', null, '']) expect(read(value), String(value)).toBeNull();
  });

  it('show the controls that reorder text, so a name cannot pose as another', () => {
    const read = (value: unknown) => z.parse(lenientText, value);
    expect(read('\u202Egnp.exe')).toBe('[U+202E]gnp.exe');
    expect(read('a\u2066b\u2069c\u202Ad')).toBe('a[U+2066]b[U+2069]c[U+202A]d');
    // Right-to-left text and its marks are left as they are.
    expect(read('שלום\u200F עולם')).toBe('שלום\u200F עולם');
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

  it('fail on a required id that is missing or not a whole number', () => {
    expect(z.parse(requiredId, '42')).toBe(42);
    for (const value of [undefined, null, '', '4.5', 'abc', {}]) {
      expect(z.safeParse(requiredId, value).success, String(value)).toBe(false);
    }
  });
});
