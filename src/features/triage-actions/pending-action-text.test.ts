import { describe, expect, it } from 'vitest';
import { describeBatch, describePendingAction } from './pending-action-text';
import { testAction, testCall } from './test-triage-leads';

describe('describePendingAction', () => {
  const lead = testCall('s', 'Anna Petrova');

  it('counts the grace window down in whole seconds', () => {
    const action = testAction(lead, { sendAt: 5000 });
    expect(describePendingAction(action, 1000, true)).toEqual({ title: 'Accepting Anna Petrova…', detail: '4 s' });
    expect(describePendingAction(action, 4500, true).detail).toBe('1 s');
    expect(describePendingAction(action, 6000, true).detail).toBe('0 s');
  });

  it('says what the action waits for', () => {
    expect(describePendingAction(testAction(lead, { state: 'waiting-retry' }), 0, true).detail).toBe(
      'Waiting for amoCRM (rate limit)…',
    );
    expect(describePendingAction(testAction(lead, { state: 'queued' }), 0, false).detail).toMatch(/^Offline/);
    expect(describePendingAction(testAction(lead, { state: 'session-expired' }), 0, true).detail).toBe(
      'Kept until you sign in again',
    );
  });

  it('names a failure with amoCRM’s reason', () => {
    const failure = { message: 'amoCRM answered with a server error (500).', canRetry: true };
    const text = describePendingAction(testAction(lead, { kind: 'decline', state: 'failed', failure }), 0, true);
    expect(text).toEqual({ title: 'Could not decline Anna Petrova', detail: failure.message });
  });

  it('sums up a bulk run', () => {
    expect(describeBatch('decline', 100)).toBe('Declining 100 incoming leads');
    expect(describeBatch('accept', 1)).toBe('Accepting 1 incoming lead');
  });
});
