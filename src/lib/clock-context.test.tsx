import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../tests/support/manual-clock';
import { ClockProvider, useNow } from './clock-context';

describe('useNow', () => {
  const clock = createManualClock(Date.UTC(2026, 10, 25, 12, 0));
  const wrapper = ({ children }: { children: ReactNode }) => <ClockProvider clock={clock}>{children}</ClockProvider>;

  it('ticks on its interval, so every row shows the wait growing', async () => {
    const { result, unmount } = renderHook(() => useNow(15_000), { wrapper });
    const start = result.current;
    await act(() => clock.advance(14_999));
    expect(result.current).toBe(start);
    await act(() => clock.advance(1));
    expect(result.current).toBe(start + 15_000);
    unmount();
    expect(clock.pending()).toBe(0);
  });

  it('stands still while it is not ticking, and catches up when it starts', async () => {
    const { result, rerender, unmount } = renderHook(({ ticking }) => useNow(500, ticking), {
      wrapper,
      initialProps: { ticking: false },
    });
    const start = result.current;
    await act(() => clock.advance(2000));
    expect(result.current).toBe(start);
    expect(clock.pending()).toBe(0);
    rerender({ ticking: true });
    expect(result.current).toBe(start + 2000);
    unmount();
  });
});
