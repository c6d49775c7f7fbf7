import { describe, expect, it } from 'vitest';
import { testCall, testMail } from '../../../tests/support/incoming-leads';
import { formatCallDuration, formatDateTime, leadTitle } from './lead-drawer-text';

describe('leadTitle', () => {
  it('names the caller (`from`), and never by the line that was called (`phone`)', () => {
    expect(leadTitle(testCall('a', { from: 'Anna', phone: '79161234567' }), 'en')).toBe('Call from Anna');
    expect(leadTitle(testCall('a', { phone: '74951204500' }), 'en')).toBe('Call from an unknown caller');
    expect(leadTitle(testCall('a'), 'en')).toBe('Call from an unknown caller');
  });

  it('names the sender of an e-mail by name, then by address', () => {
    expect(leadTitle(testMail('m', { fromName: 'Anna', fromEmail: 'a@b.c' }), 'en')).toBe('E-mail from Anna');
    expect(leadTitle(testMail('m', { fromEmail: 'a@b.c' }), 'en')).toBe('E-mail from a@b.c');
  });
});

describe('formatCallDuration', () => {
  it('gives minutes and seconds, and calls a zero-length call missed', () => {
    expect(formatCallDuration(125, 'en')).toBe('2 min 5 s');
    expect(formatCallDuration(60, 'en')).toBe('1 min 0 s');
    expect(formatCallDuration(40, 'en')).toBe('40 s');
    expect(formatCallDuration(0, 'en')).toBe('Missed call');
  });
});

describe('formatDateTime', () => {
  it('writes an absolute date and time in the given locale', () => {
    const moment = new Date(2026, 10, 20, 14, 5).getTime();
    expect(formatDateTime(moment, 'en-GB')).toBe('20 Nov 2026, 14:05');
  });
});

describe('in Russian', () => {
  it('titles the lead, words the call length and writes the date the Russian way', () => {
    expect(leadTitle(testCall('a'), 'ru')).toBe('Звонок: неизвестный абонент');
    expect(leadTitle(testMail('m', { fromName: 'Анна' }), 'ru')).toBe('Письмо: Анна');
    expect(formatCallDuration(125, 'ru')).toBe('2 мин 5 с');
    expect(formatCallDuration(0, 'ru')).toBe('Пропущенный звонок');
    const moment = new Date(2026, 10, 20, 14, 5).getTime();
    expect(formatDateTime(moment, 'ru')).toBe('20 нояб. 2026 г., 14:05');
  });
});
