import { describe, expect, it } from 'vitest';
import type { TriageAction } from '@/triage/triage-action';
import { testCall } from '../../tests/support/incoming-leads';
import { triageEvent } from './host-events';

const lead = testCall('u1', {}, { leadId: 11, contactId: 12 });
const base = { id: 'a1', queuedAt: 0, sendAt: 0, state: 'sending', attempts: 1 } as const;

describe('triageEvent', () => {
  it('reports accepted, declined and linked leads that amoCRM carried out', () => {
    const accept: TriageAction = { ...base, kind: 'accept', lead };
    const decline: TriageAction = { ...base, kind: 'decline', lead };
    const link: TriageAction = { ...base, kind: 'link', lead, targetLeadId: 99 };
    expect(triageEvent({ result: 'done', action: accept })).toEqual({
      type: 'lead-accepted',
      uid: 'u1',
      leadId: 11,
      contactId: 12,
    });
    expect(triageEvent({ result: 'done', action: decline })).toEqual({ type: 'lead-declined', uid: 'u1' });
    expect(triageEvent({ result: 'done', action: link })).toEqual({
      type: 'lead-linked',
      uid: 'u1',
      leadId: 99,
      contactId: null,
    });
  });

  it('stays quiet about actions that failed or that someone else already did', () => {
    const accept: TriageAction = { ...base, kind: 'accept', lead };
    expect(triageEvent({ result: 'already-handled', action: accept })).toBeNull();
    expect(triageEvent({ result: 'failed', action: accept, failure: { message: 'x', canRetry: true } })).toBeNull();
  });

  it('stays quiet about an action another tab sent, which tells its own host', () => {
    const accept: TriageAction = { ...base, kind: 'accept', lead };
    expect(triageEvent({ result: 'done', action: accept, elsewhere: true })).toBeNull();
  });
});
