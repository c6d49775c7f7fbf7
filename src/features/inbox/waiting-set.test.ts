import { describe, expect, it } from 'vitest';
import { testCall, testChat, testMail } from '../../../tests/support/incoming-leads';
import { countByCategory, findNewArrivals } from './waiting-set';

const at = (minutes: number) => ({ createdAt: Date.UTC(2026, 10, 20, 9, minutes) });
const loaded = [testCall('c2', {}, at(20)), testCall('c1', {}, at(10))];

describe('countByCategory', () => {
  it('counts every category, empty ones as zero', () => {
    expect(countByCategory([testCall('a'), testCall('b'), testMail('c')])).toEqual({
      sip: 2,
      forms: 0,
      chats: 0,
      mail: 1,
    });
  });
});

describe('findNewArrivals', () => {
  const waiting = [
    testChat('new-chat', {}, at(30)),
    testMail('new-mail', {}, at(25)),
    ...loaded,
    testCall('old', {}, at(5)),
  ];

  it('finds leads newer than the newest row that the list does not have', () => {
    const arrivals = findNewArrivals({ waiting, loaded, categories: undefined, sort: 'newest', isComplete: false });
    expect(arrivals.map((lead) => lead.uid)).toEqual(['new-chat', 'new-mail']);
  });

  it('counts only the chosen categories', () => {
    const arrivals = findNewArrivals({ waiting, loaded, categories: ['mail'], sort: 'newest', isComplete: false });
    expect(arrivals.map((lead) => lead.uid)).toEqual(['new-mail']);
  });

  it('counts everything waiting when the list was empty', () => {
    const arrivals = findNewArrivals({ waiting, loaded: [], categories: [], sort: 'newest', isComplete: true });
    expect(arrivals).toHaveLength(waiting.length);
  });

  it('reports none oldest-first while pages remain, since scrolling reaches them', () => {
    const input = { waiting, loaded: [...loaded].reverse(), categories: undefined, sort: 'oldest' as const };
    expect(findNewArrivals({ ...input, isComplete: false })).toEqual([]);
    expect(findNewArrivals({ ...input, isComplete: true }).map((lead) => lead.uid)).toEqual(['new-chat', 'new-mail']);
  });
});
