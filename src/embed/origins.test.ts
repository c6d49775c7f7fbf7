import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_ORIGINS, isAllowedOrigin, LOCAL_EMBED_ORIGINS, parseOriginPatterns, toOrigin } from './origins';

describe('isAllowedOrigin', () => {
  it('allows every amoCRM and Kommo account by default', () => {
    expect(isAllowedOrigin('https://example.amocrm.ru', DEFAULT_EMBED_ORIGINS)).toBe(true);
    expect(isAllowedOrigin('https://my-company.amocrm.com', DEFAULT_EMBED_ORIGINS)).toBe(true);
    expect(isAllowedOrigin('https://sales.kommo.com', DEFAULT_EMBED_ORIGINS)).toBe(true);
  });

  it('refuses look-alike hosts, plain http, other ports and nested subdomains', () => {
    for (const origin of [
      'https://amocrm.ru',
      'https://example.amocrm.ru.evil.com',
      'https://evilamocrm.ru',
      'http://example.amocrm.ru',
      'https://example.amocrm.ru:8443',
      'https://a.b.amocrm.ru',
      'https://example.kommo.com.evil.io',
      'null',
      '*',
    ]) {
      expect(isAllowedOrigin(origin, DEFAULT_EMBED_ORIGINS), origin).toBe(false);
    }
  });

  it('lets local origins of any port in only when the local list is added', () => {
    expect(isAllowedOrigin('http://localhost:4391', DEFAULT_EMBED_ORIGINS)).toBe(false);
    const local = [...DEFAULT_EMBED_ORIGINS, ...LOCAL_EMBED_ORIGINS];
    expect(isAllowedOrigin('http://localhost:4391', local)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:5180', local)).toBe(true);
    expect(isAllowedOrigin('http://localhost.evil.com:80', local)).toBe(false);
  });

  it('matches an exact origin only as written', () => {
    expect(isAllowedOrigin('https://crm.example.com', ['https://crm.example.com'])).toBe(true);
    expect(isAllowedOrigin('https://crm.example.com:444', ['https://crm.example.com'])).toBe(false);
    expect(isAllowedOrigin('https://other.example.com', ['https://crm.example.com'])).toBe(false);
  });
});

describe('toOrigin', () => {
  it('accepts an origin and refuses anything with a path, query or credentials', () => {
    expect(toOrigin('https://example.amocrm.ru')).toBe('https://example.amocrm.ru');
    expect(toOrigin('https://example.amocrm.ru/')).toBe('https://example.amocrm.ru');
    expect(toOrigin('https://example.amocrm.ru/leads')).toBeNull();
    expect(toOrigin('https://user@example.amocrm.ru')).toBeNull();
    expect(toOrigin('javascript:alert(1)')).toBeNull();
    expect(toOrigin('')).toBeNull();
    expect(toOrigin(null)).toBeNull();
  });
});

describe('parseOriginPatterns', () => {
  it('reads a comma or space separated list and drops what is not a pattern', () => {
    expect(parseOriginPatterns('https://crm.example.com, https://*.example.org  http://localhost:*')).toEqual([
      'https://crm.example.com',
      'https://*.example.org',
      'http://localhost:*',
    ]);
    expect(parseOriginPatterns('*, ftp://x.com, https://*')).toEqual([]);
    expect(parseOriginPatterns(undefined)).toEqual([]);
  });
});
