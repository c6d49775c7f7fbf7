import { describe, expect, it } from 'vitest';
import { testCall } from '../../../tests/support/incoming-leads';
import { testAction } from '../../../tests/support/triage-actions';
import { describeBatch, describePendingAction } from './pending-action-text';

describe('describePendingAction', () => {
  const lead = testCall('s', { from: 'Anna Petrova' });

  it('counts the grace window down in whole seconds', () => {
    const action = testAction(lead, { sendAt: 5000 });
    expect(describePendingAction(action, 1000, true, 'en')).toEqual({
      title: 'Accepting Anna Petrova…',
      detail: '4 s',
    });
    expect(describePendingAction(action, 4500, true, 'en').detail).toBe('1 s');
    expect(describePendingAction(action, 6000, true, 'en').detail).toBe('0 s');
  });

  it('says what the action waits for', () => {
    expect(describePendingAction(testAction(lead, { state: 'waiting-retry' }), 0, true, 'en').detail).toBe(
      'Waiting for amoCRM (rate limit)…',
    );
    expect(describePendingAction(testAction(lead, { state: 'queued' }), 0, false, 'en').detail).toMatch(/^Offline/);
    expect(describePendingAction(testAction(lead, { state: 'session-expired' }), 0, true, 'en').detail).toBe(
      'Kept until you sign in again',
    );
  });

  it('names a failure with amoCRM’s reason, in the language of the moment', () => {
    const failure = {
      message: 'amoCRM answered with a server error (500). Try again.',
      reason: { code: 'error', error: { code: 'server', status: 500 } },
      canRetry: true,
    } as const;
    const action = testAction(lead, { kind: 'decline', state: 'failed', failure });
    expect(describePendingAction(action, 0, true, 'en')).toEqual({
      title: 'Could not decline Anna Petrova',
      detail: failure.message,
    });
    expect(describePendingAction(action, 0, true, 'ru')).toEqual({
      title: 'Не удалось отклонить: Anna Petrova',
      detail: 'Ошибка сервера amoCRM (500). Попробуйте ещё раз.',
    });
  });

  it('shows the English words of a failure stored before reasons were kept', () => {
    const failure = { message: 'amoCRM answered with a server error (500).', canRetry: true };
    const action = testAction(lead, { kind: 'decline', state: 'failed', failure });
    expect(describePendingAction(action, 0, true, 'ru').detail).toBe(failure.message);
  });

  it('sums up a bulk run', () => {
    expect(describeBatch('decline', 100, 'en')).toBe('Declining 100 incoming leads');
    expect(describeBatch('accept', 1, 'en')).toBe('Accepting 1 incoming lead');
    expect(describeBatch('decline', 100, 'ru')).toBe('Отклоняем 100 заявок');
    expect(describeBatch('accept', 21, 'ru')).toBe('Принимаем 21 заявку');
    expect(describeBatch('accept', 3, 'ru')).toBe('Принимаем 3 заявки');
  });
});
