import { describe, expect, it } from 'vitest';
import type { IncomingCall } from '@/incoming-leads/incoming-lead';
import { testCall, testMail } from '../../../tests/support/incoming-leads';
import { describeContent, describeSender, formatWaiting } from './incoming-lead-text';

// Unknown duration unless a test gives one.
const call = (overrides: Partial<IncomingCall>) => testCall('a1', { durationSeconds: null, ...overrides });

describe('describeSender', () => {
  it('names the caller (`from`, the initiator), never the line that was called (`phone`, the recipient)', () => {
    expect(describeSender(call({ from: 'Anna', phone: '+7 900 000-00-00' }), 'en')).toBe('Anna');
    expect(describeSender(call({ phone: '+7 900 000-00-00' }), 'en')).toBe('Unknown caller');
    expect(describeSender(call({}), 'en')).toBe('Unknown caller');
  });
});

describe('describeContent', () => {
  it('calls a zero-length call missed and gives the length of the others', () => {
    expect(describeContent(call({ durationSeconds: 0, isMissed: true }), 'en')).toBe('Missed');
    expect(describeContent(call({ durationSeconds: 95 }), 'en')).toBe('1 min 35 s');
    expect(describeContent(call({ durationSeconds: 40 }), 'en')).toBe('40 s');
    expect(describeContent(call({}), 'en')).toBe('Duration unknown');
  });

  it('shows the subject of a mail, or says it has none', () => {
    const mail = (subject: string | null) => testMail('a1', { subject });
    expect(describeContent(mail('Price list'), 'en')).toBe('Price list');
    expect(describeContent(mail(null), 'en')).toBe('(no subject)');
  });
});

describe('formatWaiting', () => {
  const now = Date.UTC(2026, 0, 10, 12, 0);
  it('counts the wait in its two largest units', () => {
    expect(formatWaiting(now - 30_000, now, 'en')).toBe('under a minute');
    expect(formatWaiting(now - 5 * 60_000, now, 'en')).toBe('5 min');
    expect(formatWaiting(now - 3 * 3_600_000, now, 'en')).toBe('3 h');
    expect(formatWaiting(now - 3 * 3_600_000 - 20 * 60_000, now, 'en')).toBe('3 h 20 min');
    expect(formatWaiting(now - 2 * 86_400_000 - 4 * 3_600_000, now, 'en')).toBe('2 d 4 h');
  });

  it('never counts backwards when the clocks disagree', () => {
    expect(formatWaiting(now + 90_000, now, 'en')).toBe('under a minute');
  });
});

describe('in Russian', () => {
  const now = Date.UTC(2026, 0, 10, 12, 0);
  it('words the fallbacks, the call length and the wait', () => {
    expect(describeSender(call({}), 'ru')).toBe('Неизвестный абонент');
    expect(describeContent(call({ durationSeconds: 95 }), 'ru')).toBe('1 мин 35 с');
    expect(describeContent(call({ durationSeconds: 0, isMissed: true }), 'ru')).toBe('Пропущенный');
    expect(formatWaiting(now - 30_000, now, 'ru')).toBe('меньше минуты');
    expect(formatWaiting(now - 3 * 3_600_000 - 20 * 60_000, now, 'ru')).toBe('3 ч 20 мин');
    expect(formatWaiting(now - 2 * 86_400_000 - 4 * 3_600_000, now, 'ru')).toBe('2 дн. 4 ч');
  });
});
