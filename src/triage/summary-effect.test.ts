import { describe, expect, it } from 'vitest';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { testMail, testSummary } from '../../tests/support/incoming-leads';
import { bumpSummary, summaryCovers, summaryEffect } from './summary-effect';

/** A lead of the sales pipeline that arrived on 10 January 2026. */
function lead(uid: string, extra: Partial<Pick<IncomingLead, 'pipelineId' | 'createdAt'>> = {}): IncomingLead {
  return testMail(uid, {}, { pipelineId: 2194576, createdAt: Date.UTC(2026, 0, 10), ...extra });
}

const summary = testSummary();

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
