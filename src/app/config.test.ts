import { describe, expect, it } from 'vitest';
import { basePathOf, readConfig } from './config';

const location = { origin: 'https://triage.example.com', search: '' };

describe('readConfig', () => {
  it('uses the demo data source only when the demo flag is set', () => {
    expect(readConfig({ VITE_DEMO: '1', BASE_URL: '/' }, location).dataSource).toBe('demo');
    expect(readConfig({ BASE_URL: '/' }, location).dataSource).toBe('live');
    expect(readConfig({ VITE_DEMO: '0', BASE_URL: '/' }, location).dataSource).toBe('live');
  });

  it('sends API requests to the same origin under the base path', () => {
    expect(readConfig({ BASE_URL: '/' }, location).apiBaseUrl).toBe('https://triage.example.com');
    expect(readConfig({ BASE_URL: '/triage/' }, location).apiBaseUrl).toBe('https://triage.example.com/triage');
  });

  it('takes the base path from where the build was loaded, so one build works at any path', () => {
    expect(basePathOf('https://host.example/triage/assets/index-abc.js')).toBe('/triage/');
    expect(basePathOf('https://host.example/a/b/assets/index-abc.js')).toBe('/a/b/');
    expect(basePathOf('https://host.example/assets/index-abc.js')).toBe('/');
    expect(basePathOf('http://localhost:5173/src/main.tsx')).toBe('/');
    const config = readConfig({ BASE_URL: './' }, location, '/triage/');
    expect(config.apiBaseUrl).toBe('https://triage.example.com/triage');
    expect(config.basePath).toBe('/triage/');
  });

  it('detects the embedded mode from the start-up URL', () => {
    expect(readConfig({ BASE_URL: '/' }, { ...location, search: '?embedded' }).embedded).toBe(true);
    expect(readConfig({ BASE_URL: '/' }, location).embedded).toBe(false);
  });
});

describe('readConfig host origin', () => {
  const embeddedAt = (host: string) => ({ ...location, search: `?embedded&host=${encodeURIComponent(host)}` });
  const live = { BASE_URL: '/', VITE_ACCOUNT_ORIGIN: 'https://example.amocrm.ru' };
  const demo = { BASE_URL: '/', VITE_DEMO: '1' };

  it('lets a live build talk to its own account only', () => {
    expect(readConfig(live, embeddedAt('https://example.amocrm.ru')).hostOrigin).toBe('https://example.amocrm.ru');
    // Another tenant of amoCRM or Kommo must not receive this account's lead events.
    expect(readConfig(live, embeddedAt('https://other.amocrm.ru')).hostOrigin).toBeNull();
    expect(readConfig(live, embeddedAt('https://sales.kommo.com')).hostOrigin).toBeNull();
    // A live build that does not know its account talks to no host until the operator lists one.
    expect(readConfig({ BASE_URL: '/' }, embeddedAt('https://example.amocrm.ru')).hostOrigin).toBeNull();
  });

  it('lets a demo build, which holds no account data, talk to any amoCRM or Kommo account', () => {
    expect(readConfig(demo, embeddedAt('https://example.amocrm.ru')).hostOrigin).toBe('https://example.amocrm.ru');
    expect(readConfig(demo, embeddedAt('https://sales.kommo.com')).hostOrigin).toBe('https://sales.kommo.com');
  });

  it('refuses a host the allow-list does not name, so a page framing the app cannot talk to it', () => {
    for (const env of [live, demo]) {
      expect(readConfig(env, embeddedAt('https://evil.example.com')).hostOrigin).toBeNull();
      expect(readConfig(env, embeddedAt('*')).hostOrigin).toBeNull();
      expect(readConfig(env, embeddedAt('https://example.amocrm.ru/path')).hostOrigin).toBeNull();
      expect(readConfig(env, { ...location, search: '?embedded' }).hostOrigin).toBeNull();
    }
  });

  it('allows local host pages in demo builds only, and origins the build lists', () => {
    expect(readConfig(live, embeddedAt('http://localhost:4391')).hostOrigin).toBeNull();
    expect(readConfig(demo, embeddedAt('http://localhost:4391')).hostOrigin).toBe('http://localhost:4391');
    const listed = { ...live, VITE_EMBED_ORIGINS: 'https://crm.example.com' };
    expect(readConfig(listed, embeddedAt('https://crm.example.com')).hostOrigin).toBe('https://crm.example.com');
  });

  it('has no host outside the embedded mode', () => {
    expect(readConfig(live, { ...location, search: '?host=https://example.amocrm.ru' }).hostOrigin).toBeNull();
  });
});
