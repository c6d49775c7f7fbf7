import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  dayCount,
  daysOf,
  endOfDay,
  isDayKey,
  MAX_RANGE_DAYS,
  presetRange,
  previousRange,
  resolveSummaryRange,
  startOfDay,
  toTimeRange,
} from './summary-range';

const HOUR = 3_600_000;

describe('Summary presets', () => {
  const today = '2026-11-25';

  it('names whole local days ending today', () => {
    expect(presetRange('today', today)).toEqual({ from: today, to: today });
    expect(presetRange('7d', today)).toEqual({ from: '2026-11-19', to: today });
    expect(presetRange('30d', today)).toEqual({ from: '2026-10-27', to: today });
    expect(presetRange('month', today)).toEqual({ from: '2026-11-01', to: today });
    expect(presetRange('month', '2026-11-01')).toEqual({ from: '2026-11-01', to: '2026-11-01' });
  });

  it('compares with the period of the same length just before', () => {
    expect(previousRange(presetRange('today', today))).toEqual({ from: '2026-11-24', to: '2026-11-24' });
    expect(previousRange(presetRange('7d', today))).toEqual({ from: '2026-11-12', to: '2026-11-18' });
    expect(previousRange({ from: '2026-03-01', to: '2026-03-25' })).toEqual({ from: '2026-02-04', to: '2026-02-28' });
    expect(dayCount(previousRange(presetRange('30d', today)))).toBe(30);
  });

  it('counts days on the calendar across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysOf({ from: '2026-12-30', to: '2027-01-02' })).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('accepts only real calendar days', () => {
    expect(isDayKey('2026-02-28')).toBe(true);
    expect(isDayKey('2026-02-31')).toBe(false);
    expect(isDayKey('2026-2-3')).toBe(false);
    expect(isDayKey('yesterday')).toBe(false);
  });
});

describe('Resolving the range in the URL', () => {
  const today = '2026-11-25';

  it('falls back to the last 7 days', () => {
    expect(resolveSummaryRange({}, today)).toEqual({ preset: '7d', range: { from: '2026-11-19', to: today } });
  });

  it('ignores custom dates unless the range is custom', () => {
    expect(resolveSummaryRange({ range: '30d', from: '2026-01-01' }, today).range).toEqual({
      from: '2026-10-27',
      to: today,
    });
  });

  it('fills a missing end of a custom range, swaps reversed dates and stops at today', () => {
    expect(resolveSummaryRange({ range: 'custom', from: '2026-11-10' }, today).range).toEqual({
      from: '2026-11-10',
      to: today,
    });
    expect(resolveSummaryRange({ range: 'custom', to: '2026-11-10' }, today).range).toEqual({
      from: '2026-11-04',
      to: '2026-11-10',
    });
    expect(resolveSummaryRange({ range: 'custom', from: '2026-11-20', to: '2026-11-02' }, today).range).toEqual({
      from: '2026-11-02',
      to: '2026-11-20',
    });
    expect(resolveSummaryRange({ range: 'custom', from: '2026-11-20', to: '2027-05-01' }, today).range).toEqual({
      from: '2026-11-20',
      to: today,
    });
  });

  it('shortens a custom range longer than the limit from its start', () => {
    const { range } = resolveSummaryRange({ range: 'custom', from: '2025-01-01', to: '2026-11-25' }, today);
    expect(range.to).toBe(today);
    expect(dayCount(range)).toBe(MAX_RANGE_DAYS);
  });
});

describe.each([
  // Clocks go forward on 29 March 2026 in Berlin, back on 1 November 2026 in New York.
  ['Europe/Berlin', '2026-03-29', 23],
  ['America/New_York', '2026-11-01', 25],
])('Days around a daylight-saving change in %s', (zone, changeDay, hours) => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it(`makes the change day ${hours} hours long and keeps every day starting at local midnight`, () => {
    expect(endOfDay(changeDay) + 1 - startOfDay(changeDay)).toBe(hours * HOUR);
    const week = { from: addDays(changeDay, -3), to: addDays(changeDay, 3) };
    const days = daysOf(week);
    expect(days).toHaveLength(7);
    for (const day of days) {
      const start = new Date(startOfDay(day));
      expect([start.getHours(), start.getMinutes()]).toEqual([0, 0]);
      expect(endOfDay(day) + 1).toBe(startOfDay(addDays(day, 1)));
    }
    const { from, to } = toTimeRange(week);
    expect(to + 1 - from).toBe((7 * 24 + hours - 24) * HOUR);
    expect(previousRange(week)).toEqual({ from: addDays(changeDay, -10), to: addDays(changeDay, -4) });
  });
});
