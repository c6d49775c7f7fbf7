import * as z from 'zod/mini';

/**
 * zod/mini schemas for JSON APIs whose real values disagree with their documentation: numbers arrive as
 * strings and back, names as `null`, optional keys go missing (reference/amocrm-api-facts.md §1.6).
 * Lenient schemas never fail and turn anything unusable into `null`; required ones fail with a clear message.
 */

/** Milliseconds since the Unix epoch, the unit every domain timestamp uses. */
export type EpochMs = number;

export function secondsToEpochMs(seconds: number): EpochMs {
  return seconds * 1000;
}

export function epochMsToSeconds(ms: EpochMs): number {
  return Math.floor(ms / 1000);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

function toText(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A string, or a number written as one; empty strings and other types become `null`. */
export const lenientText = z.transform(toText);

/** A number, or a numeric string such as "0"; anything else becomes `null`. */
export const lenientNumber = z.transform(toNumber);

/** Unix seconds (number or numeric string) as epoch milliseconds; 0 means "not set" and becomes `null`. */
export const lenientEpochMs = z.transform((value: unknown) => {
  const seconds = toNumber(value);
  return seconds === null || seconds <= 0 ? null : secondsToEpochMs(seconds);
});

export const lenientBoolean = z.transform((value: unknown) => value === true || value === 1 || value === '1');

/** A numeric id (number or numeric string). */
export const requiredId = z.transform((value: unknown, ctx) => {
  const id = toNumber(value);
  if (id !== null && Number.isInteger(id)) return id;
  ctx.issues.push({ code: 'custom', message: 'expected a whole number', input: value });
  return z.NEVER;
});

export const requiredText = z.transform((value: unknown, ctx) => {
  const text = toText(value);
  if (text !== null) return text;
  ctx.issues.push({ code: 'custom', message: 'expected a non-empty string', input: value });
  return z.NEVER;
});

/** Unix seconds that must be present, as epoch milliseconds. */
export const requiredEpochMs = z.pipe(
  requiredId,
  z.transform((seconds: number) => secondsToEpochMs(seconds)),
);

/** An object with the given fields; a missing, `null` or non-object value is read as `{}`. */
export function lenientObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.pipe(
    z.transform((value: unknown) => (isRecord(value) ? value : {})),
    z.object(shape),
  );
}

/** A list of items; a missing or non-array value is read as `[]`. */
export function lenientArray<Item extends z.core.SomeType>(item: Item) {
  return z.pipe(
    z.transform((value: unknown) => (Array.isArray(value) ? value : [])),
    z.array(item),
  );
}
