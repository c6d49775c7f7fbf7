// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readServerSettings } from './settings';

const valid = { AMOCRM_BASE_URL: 'https://example.amocrm.ru', AMOCRM_TOKEN: 'eyJ0eXAi.long-lived' };

describe('readServerSettings', () => {
  it('reads an account, its token and the defaults', () => {
    expect(readServerSettings(valid)).toEqual({
      accountUrl: 'https://example.amocrm.ru',
      token: 'eyJ0eXAi.long-lived',
      port: 8080,
      host: '127.0.0.1',
      basePath: '/',
      frameAncestors: ['https://example.amocrm.ru'],
      publicHosts: [],
      requestsPerSecond: 7,
    });
  });

  it("reads the team's request budget, and refuses one that is not a rate", () => {
    expect(readServerSettings({ ...valid, AMOCRM_REQUESTS_PER_SECOND: '5' }).requestsPerSecond).toBe(5);
    for (const raw of ['0', '-1', 'fast', '100']) {
      expect(() => readServerSettings({ ...valid, AMOCRM_REQUESTS_PER_SECOND: raw })).toThrow(
        /AMOCRM_REQUESTS_PER_SECOND .* is not a rate/,
      );
    }
  });

  it('reads the DNS names the server answers under', () => {
    expect(readServerSettings({ ...valid, PUBLIC_HOSTS: 'Triage.Example.com, team-box.local' }).publicHosts).toEqual([
      'triage.example.com',
      'team-box.local',
    ]);
  });

  it('lets only the account itself frame the app unless the operator adds origins', () => {
    expect(readServerSettings({ ...valid, AMOCRM_BASE_URL: 'https://acme.kommo.com' }).frameAncestors).toEqual([
      'https://acme.kommo.com',
    ]);
    expect(readServerSettings({ ...valid, FRAME_ANCESTORS: 'https://crm.example' }).frameAncestors).toEqual([
      'https://example.amocrm.ru',
      'https://crm.example',
    ]);
  });

  it.each([
    ['https://example.amocrm.ru/', 'https://example.amocrm.ru'],
    ['https://example.amocrm.com', 'https://example.amocrm.com'],
    ['https://example.kommo.com', 'https://example.kommo.com'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://localhost:4010/', 'http://localhost:4010'],
  ])('accepts the account address %s', (url, origin) => {
    expect(readServerSettings({ ...valid, AMOCRM_BASE_URL: url }).accountUrl).toBe(origin);
  });

  it.each([
    [{ AMOCRM_BASE_URL: undefined }, 'AMOCRM_BASE_URL is not set: use https://<subdomain>.amocrm.ru'],
    [{ AMOCRM_BASE_URL: 'example.amocrm.ru' }, 'AMOCRM_BASE_URL "example.amocrm.ru" is not a URL'],
    [{ AMOCRM_BASE_URL: 'http://example.amocrm.ru' }, 'is not an amoCRM account'],
    [{ AMOCRM_BASE_URL: 'https://evil.example.com' }, 'is not an amoCRM account'],
    [{ AMOCRM_BASE_URL: 'https://example.amocrm.ru.evil.com' }, 'is not an amoCRM account'],
    [{ AMOCRM_BASE_URL: 'https://example.amocrm.ru/api/v4' }, 'without a path'],
    [{ AMOCRM_BASE_URL: 'ftp://localhost' }, 'must start with http:// or https://'],
    [{ AMOCRM_TOKEN: undefined }, 'AMOCRM_TOKEN is not set'],
    [{ AMOCRM_TOKEN: '   ' }, 'AMOCRM_TOKEN is not set'],
    [{ AMOCRM_TOKEN: 'Bearer abc' }, 'without "Bearer" or spaces'],
    [{ AMOCRM_TOKEN: '"abc"' }, 'paste it again without quotes'],
    [{ AMOCRM_TOKEN: 'токен' }, 'paste it again without quotes'],
    [{ PORT: 'http' }, 'PORT "http" is not a port number'],
    [{ PORT: '70000' }, 'PORT "70000" is not a port number'],
    [{ PORT: '80.5' }, 'PORT "80.5" is not a port number'],
    [{ BASE_PATH: '/../etc/' }, 'BASE_PATH "/../etc/" is not a path'],
    [{ BASE_PATH: '/tri age/' }, 'is not a path'],
    [{ FRAME_ANCESTORS: 'javascript:alert(1)' }, 'FRAME_ANCESTORS "javascript:alert(1)" is not an origin'],
    [{ PUBLIC_HOSTS: 'https://triage.example.com' }, 'PUBLIC_HOSTS "https://triage.example.com" is not a host name'],
  ])('stops with one clear line for %o', (change, message) => {
    const read = () => readServerSettings({ ...valid, ...change });
    expect(read).toThrow(message);
    try {
      read();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('reads the port, the base path and the origins that may frame the app', () => {
    const settings = readServerSettings({
      ...valid,
      PORT: '4300',
      BASE_PATH: 'triage',
      FRAME_ANCESTORS: 'https://*.amocrm.ru https://crm.example:8443',
    });
    expect(settings).toMatchObject({
      port: 4300,
      basePath: '/triage/',
      frameAncestors: ['https://example.amocrm.ru', 'https://*.amocrm.ru', 'https://crm.example:8443'],
    });
  });
});
