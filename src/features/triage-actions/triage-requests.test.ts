import { describe, expect, it } from 'vitest';
import type { Pipeline } from '@/crm/crm-schemas';
import type { User, UsersAccess } from '@/crm/user-schemas';
import { testStage } from '../../../tests/support/crm-records';
import { testCall, testChat } from '../../../tests/support/incoming-leads';
import { testAction } from '../../../tests/support/triage-actions';
import { chooseStage, linkAvailability, regularStages, toRequest } from './triage-requests';

const admin = { id: 7, isAdmin: true } as User;
const manager = { id: 8, isAdmin: false } as User;

describe('regularStages and chooseStage', () => {
  const pipeline = {
    id: 1,
    stages: [testStage(10, 'incoming'), testStage(11), testStage(12), testStage(142, 'won')],
  } as Pipeline;

  it('offers only the regular stages of the lead’s pipeline', () => {
    expect(regularStages([pipeline], 1).map((stage) => stage.id)).toEqual([11, 12]);
    expect(regularStages([pipeline], 2)).toEqual([]);
  });

  it('keeps a remembered stage only while it is still a regular one', () => {
    const stages = regularStages([pipeline], 1);
    expect(chooseStage(stages, 12)).toBe(12);
    expect(chooseStage(stages, 142)).toBe(11);
    expect(chooseStage(stages, undefined)).toBe(11);
    expect(chooseStage([], 12)).toBeUndefined();
  });
});

describe('linkAvailability', () => {
  it('links chats for administrators only, and says why not otherwise', () => {
    const granted: UsersAccess = { access: 'granted', users: [admin, manager] };
    expect(linkAvailability(testChat('c'), granted, 7)).toEqual({ canLink: true });
    expect(linkAvailability(testCall('s'), granted, 7)).toEqual({ canLink: false, reason: 'not-a-chat' });
    expect(linkAvailability(testChat('c'), granted, 8)).toMatchObject({ reason: 'not-admin' });
    expect(linkAvailability(testChat('c'), { access: 'denied' }, 8)).toMatchObject({ canLink: false });
    expect(linkAvailability(testChat('c'), undefined, undefined)).toMatchObject({ canLink: false });
  });
});

describe('toRequest', () => {
  it('rebuilds the request an action came from, without its state', () => {
    const lead = testCall('s');
    const action = testAction(lead, { kind: 'decline', reason: 'spam', userId: 7, state: 'failed' } as never);
    expect(toRequest(action)).toEqual({ kind: 'decline', lead, userId: 7, reason: 'spam' });
  });
});
