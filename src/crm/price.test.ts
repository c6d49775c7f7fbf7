import { describe, expect, it } from 'vitest';
import { formatPrice } from './price';

describe('formatPrice', () => {
  it('groups digits in the language of the moment', () => {
    expect(formatPrice(120000, 'en')).toBe('120,000');
    expect(formatPrice(120000, 'ru')).toBe('120\u00a0000');
    expect(formatPrice(99.5, 'en')).toBe('99.5');
  });

  it('gives nothing for a price of 0, a missing one or a broken one: the lead has no price', () => {
    expect(formatPrice(0, 'en')).toBeNull();
    expect(formatPrice(null, 'en')).toBeNull();
    expect(formatPrice(undefined, 'en')).toBeNull();
    expect(formatPrice(Number.NaN, 'en')).toBeNull();
    expect(formatPrice(-5, 'en')).toBeNull();
  });
});
