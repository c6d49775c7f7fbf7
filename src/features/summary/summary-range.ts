// Calendar days in the browser's time zone. A day is named 'YYYY-MM-DD' and turned into epoch milliseconds only at
// the edge, so days are always whole local days, also the 23- and 25-hour ones around a daylight-saving change.

export const SUMMARY_PRESETS = ['today', '7d', '30d', 'month', 'custom'] as const;
export type SummaryPreset = (typeof SUMMARY_PRESETS)[number];
export const DEFAULT_PRESET: SummaryPreset = '7d';

/** The longest range: the trend asks one summary per day, and a quarter is about 14 s of the rate limit. */
export const MAX_RANGE_DAYS = 92;

/** A calendar day in the browser's time zone, 'YYYY-MM-DD'. */
export type DayKey = string;

/** Whole calendar days, both ends included. */
export interface DayRange {
  from: DayKey;
  to: DayKey;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function parts(key: DayKey): [number, number, number] | null {
  const match = DAY_KEY.exec(key);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // 2026-02-31 rolls over in Date; a real day maps back to itself.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return [year, month - 1, day];
}

function partsOf(key: DayKey): [number, number, number] {
  const found = parts(key);
  if (!found) throw new RangeError(`Not a calendar day: ${key}`);
  return found;
}

export function isDayKey(value: string): boolean {
  return parts(value) !== null;
}

/** The local calendar day of a moment. */
export function dayKeyOf(date: Date): DayKey {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function todayKey(now: Date = new Date()): DayKey {
  return dayKeyOf(now);
}

/** Calendar arithmetic: the same day `count` days later (or earlier), whatever the clocks do in between. */
export function addDays(key: DayKey, count: number): DayKey {
  const [year, month, day] = partsOf(key);
  return dayKeyOf(new Date(year, month, day + count));
}

/** Days from `from` to `to`, both included (1 for one day); counted on the calendar, not in hours. */
export function dayCount({ from, to }: DayRange): number {
  const [fy, fm, fd] = partsOf(from);
  const [ty, tm, td] = partsOf(to);
  return Math.round((Date.UTC(ty, tm, td) - Date.UTC(fy, fm, fd)) / MS_PER_DAY) + 1;
}

/** Local midnight at the start of the day, epoch milliseconds. */
export function startOfDay(key: DayKey): number {
  const [year, month, day] = partsOf(key);
  return new Date(year, month, day).getTime();
}

/** The last millisecond of the day: the next local midnight minus one. */
export function endOfDay(key: DayKey): number {
  return startOfDay(addDays(key, 1)) - 1;
}

/** The range as epoch milliseconds, both ends included. */
export function toTimeRange(range: DayRange): { from: number; to: number } {
  return { from: startOfDay(range.from), to: endOfDay(range.to) };
}

/** Every day of the range, oldest first. */
export function daysOf(range: DayRange): DayKey[] {
  const count = dayCount(range);
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(range.from, index));
}

/** The range of the same length that ends the day before this one starts. */
export function previousRange(range: DayRange): DayRange {
  const length = dayCount(range);
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}

export function presetRange(preset: Exclude<SummaryPreset, 'custom'>, today: DayKey): DayRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case '7d':
      return { from: addDays(today, -6), to: today };
    case '30d':
      return { from: addDays(today, -29), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
  }
}

export interface SummaryRangeSearch {
  range?: SummaryPreset;
  from?: DayKey;
  to?: DayKey;
}

export interface ResolvedRange {
  preset: SummaryPreset;
  range: DayRange;
}

/**
 * What the URL asks for, made valid: a preset is computed from today; a custom range keeps the dates it has, fills
 * a missing end from the other one, ends no later than today, runs forward and spans at most MAX_RANGE_DAYS.
 */
export function resolveSummaryRange(search: SummaryRangeSearch, today: DayKey): ResolvedRange {
  const preset = search.range ?? DEFAULT_PRESET;
  if (preset !== 'custom') return { preset, range: presetRange(preset, today) };
  const notAfterToday = (key: DayKey | undefined) => (key === undefined || key > today ? undefined : key);
  let to = notAfterToday(search.to) ?? today;
  let from = notAfterToday(search.from) ?? addDays(to, -6);
  if (from > to) [from, to] = [to, from];
  if (dayCount({ from, to }) > MAX_RANGE_DAYS) from = addDays(to, -(MAX_RANGE_DAYS - 1));
  return { preset, range: { from, to } };
}
