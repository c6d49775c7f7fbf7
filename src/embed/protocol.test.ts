import { describe, expect, it } from 'vitest';
import { crmPath, PROTOCOL, parseAppMessage, parseHostMessage, stamp } from './protocol';

describe('embedding protocol', () => {
  it('reads a valid message of each direction', () => {
    expect(parseAppMessage(stamp({ type: 'resize', height: 640 }))).toEqual({
      kind: 'message',
      message: { protocol: PROTOCOL, v: 1, type: 'resize', height: 640 },
    });
    const update = stamp({ type: 'update', locale: 'ru' });
    expect(parseHostMessage(update)).toEqual({ kind: 'message', message: update });
  });

  it('ignores what is not ours, and ours when malformed', () => {
    for (const data of [
      null,
      'ready',
      { type: 'ready' },
      { protocol: 'other', v: 1, type: 'ready' },
      stamp({ type: 'resize', height: -1 }),
      stamp({ type: 'resize', height: 1.5 }),
      stamp({ type: 'open-in-crm', entity: 'task', id: 1 }),
      stamp({ type: 'open-url', url: 'javascript:alert(1)' }),
      stamp({ type: 'relay-request', id: '1', method: 'GET', path: '/index.html', headers: {}, body: null }),
      stamp({ type: 'relay-request', id: '1', method: 'PUT', path: '/api/v4/leads', headers: {}, body: null }),
      { ...stamp({ type: 'ready' }), extra: true },
    ]) {
      expect(parseAppMessage(data), JSON.stringify(data)).toEqual({ kind: 'ignored' });
    }
    expect(parseHostMessage(stamp({ type: 'update', theme: 'sepia' }))).toEqual({ kind: 'ignored' });
    expect(parseHostMessage(stamp({ type: 'resize', height: 1 }))).toEqual({ kind: 'ignored' });
  });

  it('tells another version apart from a malformed message', () => {
    expect(parseHostMessage({ protocol: PROTOCOL, v: 2, type: 'init', anything: true })).toEqual({
      kind: 'version',
      version: 2,
    });
    expect(parseAppMessage({ protocol: PROTOCOL, v: 0, type: 'ready' })).toEqual({ kind: 'version', version: 0 });
  });

  it('builds CRM paths from a kind and a numeric id only', () => {
    expect(crmPath('lead', 42)).toBe('/leads/detail/42');
    expect(crmPath('contact', 7)).toBe('/contacts/detail/7');
    expect(crmPath('company', 9)).toBe('/companies/detail/9');
  });
});
