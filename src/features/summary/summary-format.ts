import { formatNumber, type Locale } from '@/lib/i18n';
import { messages } from './summary-messages';
import { type DayKey, type DayRange, startOfDay } from './summary-range';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/**
 * A duration in the two largest units that matter: "45 s", "35 min", "9 h 35 min", "2 d 4 h" ("9 ч 35 мин" in
 * Russian). The smaller unit is rounded, and left out when it is zero.
 */
export function formatDuration(locale: Locale, totalSeconds: number): string {
  const { units } = messages[locale];
  const seconds = Math.round(Math.abs(totalSeconds));
  const pair = (big: number, bigUnit: string, small: number, smallUnit: string) =>
    small === 0 ? `${big} ${bigUnit}` : `${big} ${bigUnit} ${small} ${smallUnit}`;
  if (seconds < MINUTE) return `${seconds} ${units.second}`;
  if (seconds < HOUR) return `${Math.round(seconds / MINUTE)} ${units.minute}`;
  if (seconds < DAY) {
    const minutes = Math.round(seconds / MINUTE);
    if (minutes === 24 * 60) return `1 ${units.day}`;
    return pair(Math.floor(minutes / 60), units.hour, minutes % 60, units.minute);
  }
  const hours = Math.round(seconds / HOUR);
  return pair(Math.floor(hours / 24), units.day, hours % 24, units.hour);
}

export interface PeriodChange {
  current: number;
  previous: number;
  /** current − previous */
  delta: number;
  /** The delta as a share of the previous value; null when there was nothing before to compare with. */
  ratio: number | null;
}

export function periodChange(current: number, previous: number): PeriodChange {
  const delta = current - previous;
  return { current, previous, delta, ratio: previous === 0 ? null : delta / previous };
}

/** Which way is good for a number: more accepted is better, a longer sort time is worse. */
export type Direction = 'up-is-better' | 'down-is-better' | 'neutral';
export type Verdict = 'better' | 'worse' | 'same' | 'neutral';

export function verdictOf(change: PeriodChange, direction: Direction): Verdict {
  if (change.delta === 0) return 'same';
  if (direction === 'neutral') return 'neutral';
  return change.delta > 0 === (direction === 'up-is-better') ? 'better' : 'worse';
}

/** "+12", "−3", "0", formatted for the language; a true minus sign, as typography asks. */
export function signedNumber(locale: Locale, value: number): string {
  if (value === 0) return formatNumber(locale, 0);
  return `${value > 0 ? '+' : '−'}${formatNumber(locale, Math.abs(value))}`;
}

export function signedPercent(locale: Locale, ratio: number): string {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.abs(ratio));
  if (Math.round(ratio * 100) === 0) return percent;
  return `${ratio > 0 ? '+' : '−'}${percent}`;
}

export function signedDuration(locale: Locale, seconds: number): string {
  if (Math.round(seconds) === 0) return formatDuration(locale, 0);
  return `${seconds > 0 ? '+' : '−'}${formatDuration(locale, seconds)}`;
}

/** "19–25 November 2026", "25 November 2026" for one day, in the language of the interface. */
export function formatDayRange(locale: Locale, range: DayRange): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const from = new Date(startOfDay(range.from));
  if (range.from === range.to) return format.format(from);
  return format.formatRange(from, new Date(startOfDay(range.to)));
}

/** "Mon 23 Nov" style label of one day for the trend's axis and table. */
export function formatDay(locale: Locale, day: DayKey, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, options).format(new Date(startOfDay(day)));
}

export function formatPercent(locale: Locale, share: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
