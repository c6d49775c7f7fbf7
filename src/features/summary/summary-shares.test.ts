import { describe, expect, it } from 'vitest';
import { categoryShares, outcomeShares } from './summary-shares';

const summary = {
  total: 10,
  accepted: 5,
  declined: 1,
  waiting: 4,
  averageSortTimeSeconds: 0,
  categories: { sip: 2, forms: 0, chats: 5, mail: 3 },
};

describe('Shares of the summary', () => {
  it('splits everything counted into accepted, declined and still waiting', () => {
    expect(outcomeShares(summary)).toEqual([
      { key: 'accepted', count: 5, share: 0.5 },
      { key: 'declined', count: 1, share: 0.1 },
      { key: 'waiting', count: 4, share: 0.4 },
    ]);
  });

  it('lists every channel, most first, including those with none', () => {
    expect(categoryShares(summary).map(({ key, count }) => [key, count])).toEqual([
      ['chats', 5],
      ['mail', 3],
      ['sip', 2],
      ['forms', 0],
    ]);
  });

  it('gives zero shares for an empty period', () => {
    const empty = { ...summary, total: 0, accepted: 0, declined: 0, waiting: 0 };
    expect(outcomeShares(empty).map(({ share }) => share)).toEqual([0, 0, 0]);
  });
});
