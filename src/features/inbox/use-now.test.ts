// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './use-now';

describe('useNow', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 25, 12, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks on its interval, so every row shows the wait growing', () => {
    const { result, unmount } = renderHook(() => useNow(15_000));
    const start = result.current;
    act(() => {
      vi.advanceTimersByTime(14_999);
    });
    expect(result.current).toBe(start);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(start + 15_000);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
