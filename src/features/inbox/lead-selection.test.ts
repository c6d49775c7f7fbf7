import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, selectRange, toggleAll, toggleOne } from './lead-selection';

const order = ['a', 'b', 'c', 'd', 'e'];

describe('lead selection', () => {
  it('toggles one row and remembers it as the anchor', () => {
    const once = toggleOne(EMPTY_SELECTION, 'b');
    expect([...once.uids]).toEqual(['b']);
    expect(once.anchor).toBe('b');
    expect([...toggleOne(once, 'b').uids]).toEqual([]);
  });

  it('selects a range from the anchor, in either direction', () => {
    const down = selectRange(toggleOne(EMPTY_SELECTION, 'b'), 'd', order);
    expect([...down.uids].sort()).toEqual(['b', 'c', 'd']);
    const up = selectRange(toggleOne(EMPTY_SELECTION, 'e'), 'c', order);
    expect([...up.uids].sort()).toEqual(['c', 'd', 'e']);
  });

  it('treats a range without an anchor as a plain toggle', () => {
    expect([...selectRange(EMPTY_SELECTION, 'c', order).uids]).toEqual(['c']);
  });

  it('selects every shown row, then clears them', () => {
    const all = toggleAll(toggleOne(EMPTY_SELECTION, 'a'), order);
    expect(all.uids.size).toBe(5);
    expect(toggleAll(all, order).uids.size).toBe(0);
  });
});
