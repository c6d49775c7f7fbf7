import { describe, expect, it } from 'vitest';
import { testMail, testSummary } from '../../tests/support/incoming-leads';
import {
  type CountedDecision,
  EMPTY_OVERLAY,
  type PendingOverlay,
  sameOverlay,
  summaryWithPending,
  withoutHidden,
} from './pending-overlay';

const PIPELINE = 2194576;
const a = testMail('a', {}, { pipelineId: PIPELINE, createdAt: 1000 });
const b = testMail('b', {}, { pipelineId: PIPELINE, createdAt: 2000 });
const c = testMail('c', {}, { pipelineId: PIPELINE, createdAt: 3000 });

const summary = testSummary();

function decision(id: string, kind: CountedDecision['kind'], settledAt: number | null): CountedDecision {
  return { id, kind, lead: a, decidedAt: 5000, settledAt };
}

function overlayOf(hidden: string[], counted: CountedDecision[] = []): PendingOverlay {
  return { hidden: new Set(hidden), counted };
}

describe('the pending overlay', () => {
  it('leaves out the hidden leads and keeps the order of the rest', () => {
    expect(withoutHidden([a, b, c], overlayOf(['b'])).map((lead) => lead.uid)).toEqual(['a', 'c']);
  });

  it('gives back the same array when it hides none of the leads', () => {
    const leads = [a, c];
    expect(withoutHidden(leads, overlayOf(['b']))).toBe(leads);
    expect(withoutHidden(leads, EMPTY_OVERLAY)).toBe(leads);
  });

  it('counts a pending decision in any summary that covers its lead, whenever the figures were fetched', () => {
    const overlay = overlayOf(['a'], [decision('1', 'accept', null), decision('2', 'decline', null)]);
    expect(summaryWithPending(summary, undefined, overlay, 9_999_999)).toMatchObject({
      accepted: 4,
      declined: 3,
      waiting: 3,
      total: 10,
    });
    expect(summaryWithPending(summary, { pipelineId: PIPELINE + 1 }, overlay, 0)).toBe(summary);
  });

  it('counts a settled decision only in figures fetched before it went through', () => {
    const overlay = overlayOf(['a'], [decision('1', 'link', 7000)]);
    expect(summaryWithPending(summary, undefined, overlay, 6999)).toMatchObject({ accepted: 4, waiting: 4 });
    expect(summaryWithPending(summary, undefined, overlay, 7001)).toBe(summary);
  });
});

describe('comparing overlays', () => {
  it('takes the same hidden leads and counted decisions as the same, and any difference as news', () => {
    const one = overlayOf(['a', 'b'], [decision('1', 'accept', null)]);
    expect(sameOverlay(one, overlayOf(['b', 'a'], [decision('1', 'accept', null)]))).toBe(true);
    expect(sameOverlay(one, overlayOf(['a'], [decision('1', 'accept', null)]))).toBe(false);
    expect(sameOverlay(one, overlayOf(['a', 'c'], [decision('1', 'accept', null)]))).toBe(false);
    expect(sameOverlay(one, overlayOf(['a', 'b'], [decision('1', 'accept', 10)]))).toBe(false);
  });
});
