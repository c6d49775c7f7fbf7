import { describe, expect, it } from 'vitest';
import {
  formatDayRange,
  formatDuration,
  periodChange,
  signedDuration,
  signedNumber,
  signedPercent,
  verdictOf,
} from './summary-format';

const MIN = 60;
const HOUR = 3600;

describe('Sort time in human units', () => {
  it('uses the two largest units, in English and in Russian', () => {
    expect(formatDuration('en', 9 * HOUR + 35 * MIN)).toBe('9 h 35 min');
    expect(formatDuration('ru', 9 * HOUR + 35 * MIN)).toBe('9 ч 35 мин');
    expect(formatDuration('en', 2 * 86_400 + 4 * HOUR + 10 * MIN)).toBe('2 d 4 h');
    expect(formatDuration('ru', 2 * 86_400 + 4 * HOUR)).toBe('2 дн 4 ч');
    expect(formatDuration('en', 35 * MIN + 10)).toBe('35 min');
    expect(formatDuration('ru', 45)).toBe('45 с');
  });

  it('rounds the smaller unit and leaves it out when it is zero', () => {
    expect(formatDuration('en', 3 * HOUR + 29)).toBe('3 h');
    expect(formatDuration('en', 3 * HOUR + 59 * MIN + 45)).toBe('4 h');
    expect(formatDuration('en', 23 * HOUR + 59 * MIN + 50)).toBe('1 d');
    expect(formatDuration('en', 0)).toBe('0 s');
  });

  it('signs a difference of durations', () => {
    expect(signedDuration('en', -(HOUR + 5 * MIN))).toBe('−1 h 5 min');
    expect(signedDuration('ru', 20 * MIN)).toBe('+20 мин');
    expect(signedDuration('en', 0)).toBe('0 s');
  });
});

describe('Change against the previous period', () => {
  it('gives the difference and its share of the previous value', () => {
    expect(periodChange(60, 48)).toEqual({ current: 60, previous: 48, delta: 12, ratio: 0.25 });
    expect(periodChange(3, 4)).toMatchObject({ delta: -1, ratio: -0.25 });
  });

  it('has no share when there was nothing before', () => {
    expect(periodChange(5, 0)).toMatchObject({ delta: 5, ratio: null });
  });

  it('judges the change by what is good for the number', () => {
    expect(verdictOf(periodChange(60, 48), 'up-is-better')).toBe('better');
    expect(verdictOf(periodChange(60, 48), 'down-is-better')).toBe('worse');
    expect(verdictOf(periodChange(30, 48), 'down-is-better')).toBe('better');
    expect(verdictOf(periodChange(60, 48), 'neutral')).toBe('neutral');
    expect(verdictOf(periodChange(48, 48), 'up-is-better')).toBe('same');
  });

  it('writes signs and percentages for the language', () => {
    expect(signedNumber('en', 1200)).toBe('+1,200');
    expect(signedNumber('ru', -3)).toBe('−3');
    expect(signedPercent('en', 0.25)).toBe('+25%');
    expect(signedPercent('ru', -0.5)).toBe('−50\u00a0%');
    expect(signedPercent('en', 0.001)).toBe('0%');
  });
});

describe('The period in words', () => {
  it('names the dates in the language of the interface', () => {
    expect(formatDayRange('en', { from: '2026-11-19', to: '2026-11-25' })).toBe('November 19\u2009–\u200925, 2026');
    expect(formatDayRange('ru', { from: '2026-11-19', to: '2026-11-25' })).toBe('19–25 ноября 2026\u202fг.');
    expect(formatDayRange('en', { from: '2026-11-25', to: '2026-11-25' })).toBe('November 25, 2026');
  });
});
