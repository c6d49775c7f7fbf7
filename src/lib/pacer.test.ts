import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../tests/support/manual-clock';
import { createPacer } from './pacer';

describe('Pacer', () => {
  it('lets one caller go per interval, the first after one interval', async () => {
    const clock = createManualClock(0);
    const pacer = createPacer({ intervalMs: 200, clock });
    const turns: number[] = [];
    for (let i = 0; i < 4; i++) void pacer.wait().then(() => turns.push(clock.now()));
    await clock.advance(1000);
    expect(turns).toEqual([200, 400, 600, 800]);
  });

  it('never releases a backlog at once after the page was busy', async () => {
    const clock = createManualClock(0);
    const pacer = createPacer({ intervalMs: 200, clock });
    const turns: number[] = [];
    for (let i = 0; i < 4; i++) void pacer.wait().then(() => turns.push(clock.now()));
    await clock.advance(900, { stall: true });
    await clock.advance(1000);
    expect(turns).toEqual([900, 1100, 1300, 1500]);
  });

  it('drops an aborted caller from the line', async () => {
    const clock = createManualClock(0);
    const pacer = createPacer({ intervalMs: 100, clock });
    const controller = new AbortController();
    const turns: string[] = [];
    const aborted = pacer.wait(controller.signal).catch(() => turns.push('aborted'));
    void pacer.wait().then(() => turns.push(`second at ${clock.now()}`));
    controller.abort();
    await aborted;
    await clock.advance(300);
    expect(turns).toEqual(['aborted', 'second at 100']);
  });
});
