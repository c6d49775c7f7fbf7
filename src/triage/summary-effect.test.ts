import { describe, expect, it } from 'vitest';
import type { IncomingLead, IncomingLeadSummary } from '@/incoming-leads/incoming-lead';
import {
  bumpSummary,
  type ListData,
  removeFromList,
  removeFromSet,
  restoreToList,
  restoreToSet,
  summaryCovers,
  summaryEffect,
} from './summary-effect';

function lead(uid: string, extra: Partial<Pick<IncomingLead, 'pipelineId' | 'createdAt'>> = {}): IncomingLead {
  return {
    uid,
    sourceUid: null,
    sourceName: null,
    pipelineId: 2194576,
    createdAt: Date.UTC(2026, 0, 10),
    accountId: 1,
    leadId: null,
    contactId: null,
    companyId: null,
    ...extra,
    category: 'mail',
    mail: {
      fromEmail: `${uid}@example.com`,
      fromName: null,
      receivedAt: null,
      subject: null,
      threadId: null,
      messageId: null,
      summary: null,
    },
  };
}

function list(...pages: string[][]): ListData<{ items: IncomingLead[]; page: number; hasMore: boolean }> {
  return {
    pages: pages.map((uids, index) => ({ items: uids.map((uid) => lead(uid)), page: index + 1, hasMore: true })),
    pageParams: pages.map((_, index) => index + 1),
  };
}

const uidsOf = (data: ListData) => data.pages.map((page) => page.items.map((item) => item.uid));

const summary: IncomingLeadSummary = {
  total: 10,
  accepted: 3,
  declined: 2,
  waiting: 5,
  averageSortTimeSeconds: 60,
  categories: { sip: 1, forms: 2, chats: 3, mail: 4 },
};

describe('list updaters', () => {
  it('removes the lead from whichever loaded page holds it and says where it was', () => {
    const data = list(['a', 'b'], ['c', 'd', 'e']);
    const { data: next, removed } = removeFromList(data, new Set(['d']));
    expect(uidsOf(next)).toEqual([
      ['a', 'b'],
      ['c', 'e'],
    ]);
    expect(removed.get('d')).toEqual({ pageIndex: 1, itemIndex: 1 });
    expect(next.pages[0]).toBe(data.pages[0]);
    expect(next.pageParams).toBe(data.pageParams);
  });

  it('removes several leads across pages in one pass', () => {
    const { data: next, removed } = removeFromList(list(['a', 'b'], ['c', 'd']), new Set(['a', 'd', 'x']));
    expect(uidsOf(next)).toEqual([['b'], ['c']]);
    expect([...removed.keys()].sort()).toEqual(['a', 'd']);
  });

  it('keeps the page fields other than the items, such as the inbox look-ups', () => {
    const data = { pages: [{ items: [lead('a')], leads: { 1: 'x' } }], pageParams: [1] };
    expect(removeFromList(data, new Set(['a'])).data.pages[0]).toEqual({ items: [], leads: { 1: 'x' } });
  });

  it('returns the same data when the lead is not in the list', () => {
    const data = list(['a'], ['b']);
    const removal = removeFromList(data, new Set(['z']));
    expect(removal.data).toBe(data);
    expect(removal.removed.size).toBe(0);
  });

  it('puts the lead back at the same place', () => {
    const data = list(['a', 'b'], ['c', 'd', 'e']);
    const { data: without, removed } = removeFromList(data, new Set(['d']));
    const position = removed.get('d');
    if (!position) throw new Error('not removed');
    expect(uidsOf(restoreToList(without, lead('d'), position))).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
  });

  it('does not restore a lead the list already shows again', () => {
    const data = list(['a', 'b']);
    expect(restoreToList(data, lead('b'), { pageIndex: 0, itemIndex: 0 })).toBe(data);
  });

  it('restores to the end of what is loaded when the list has fewer pages or items now', () => {
    expect(uidsOf(restoreToList(list(['a']), lead('z'), { pageIndex: 3, itemIndex: 7 }))).toEqual([['a', 'z']]);
    expect(uidsOf(restoreToList(list(['a'], ['b']), lead('z'), { pageIndex: 1, itemIndex: 9 }))).toEqual([
      ['a'],
      ['b', 'z'],
    ]);
  });

  it('leaves a list with no pages alone', () => {
    const data = list();
    expect(restoreToList(data, lead('a'), { pageIndex: 0, itemIndex: 0 })).toBe(data);
  });

  it('removing twice changes nothing the second time', () => {
    const once = removeFromList(list(['a', 'b']), new Set(['a'])).data;
    expect(removeFromList(once, new Set(['a'])).data).toBe(once);
  });
});

describe('waiting set updaters', () => {
  it('removes the lead and restores it at its index', () => {
    const data = [lead('a'), lead('b'), lead('c')];
    const { data: without, removed } = removeFromSet(data, new Set(['b']));
    expect(without.map((item) => item.uid)).toEqual(['a', 'c']);
    expect(removed.get('b')).toBe(1);
    expect(restoreToSet(without, lead('b'), 1).map((item) => item.uid)).toEqual(['a', 'b', 'c']);
  });

  it('returns the same set when nothing changes', () => {
    const data = [lead('a')];
    expect(removeFromSet(data, new Set(['z'])).data).toBe(data);
    expect(restoreToSet(data, lead('a'), 0)).toBe(data);
  });

  it('clamps the index to the set as it is now', () => {
    expect(restoreToSet([lead('a')], lead('b'), 5).map((item) => item.uid)).toEqual(['a', 'b']);
  });
});

describe('summary updaters', () => {
  it('counts an accepted, linked or declined lead and takes it out of waiting', () => {
    expect(bumpSummary(summary, 'accept', 1)).toMatchObject({ total: 10, accepted: 4, declined: 2, waiting: 4 });
    expect(bumpSummary(summary, 'link', 1)).toMatchObject({ accepted: 4, waiting: 4 });
    expect(bumpSummary(summary, 'decline', 1)).toMatchObject({ accepted: 3, declined: 3, waiting: 4 });
  });

  it('reverts a bump exactly', () => {
    expect(bumpSummary(bumpSummary(summary, 'decline', 1), 'decline', -1)).toEqual(summary);
  });

  it('never counts below zero', () => {
    const empty = { ...summary, accepted: 0, waiting: 0 };
    expect(bumpSummary(empty, 'accept', 1).waiting).toBe(0);
    expect(bumpSummary(empty, 'accept', -1).accepted).toBe(0);
  });

  it('bumps only summaries whose filter covers the lead', () => {
    const item = lead('a', { pipelineId: 7, createdAt: 1000 });
    expect(summaryCovers(undefined, item)).toBe(true);
    expect(summaryCovers({}, item)).toBe(true);
    expect(summaryCovers({ pipelineId: 7 }, item)).toBe(true);
    expect(summaryCovers({ pipelineId: 8 }, item)).toBe(false);
    expect(summaryCovers({ uids: ['b'] }, item)).toBe(false);
    expect(summaryCovers({ createdAt: 1001 }, item)).toBe(false);
    expect(summaryCovers({ createdAt: { from: 500, to: 1500 } }, item)).toBe(true);
    expect(summaryCovers({ createdAt: { to: 999 } }, item)).toBe(false);
  });

  it('adds a lead that arrived before the period but is decided inside it, as amoCRM counts it', () => {
    const item = lead('a', { pipelineId: 7, createdAt: 1000 });
    expect(summaryEffect({ createdAt: { from: 500, to: 1500 } }, item, 2000)).toBe('sorted');
    expect(summaryEffect({ createdAt: { from: 1500, to: 3000 } }, item, 2000)).toBe('added');
    expect(summaryEffect({ createdAt: 1500 }, item, 2000)).toBe('added');
    expect(summaryEffect({ createdAt: { from: 1500, to: 1800 } }, item, 2000)).toBeNull();
    expect(summaryEffect({ createdAt: { from: 1500 }, pipelineId: 8 }, item, 2000)).toBeNull();
    expect(summaryEffect({ createdAt: { from: 1500 }, uids: ['b'] }, item, 2000)).toBeNull();
    const added = bumpSummary(summary, 'accept', 1, 'added');
    expect(added).toMatchObject({ total: 11, accepted: 4, declined: 2, waiting: summary.waiting });
    expect(bumpSummary(added, 'accept', -1, 'added')).toEqual(summary);
  });
});
