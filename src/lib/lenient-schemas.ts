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

/**
 * The bidirectional controls that reorder text: embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069). Marks (U+200E, U+200F, U+061C) only nudge neutral characters and stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Shows each reordering control as a visible tag (`[U+202E]`), so "\u202Egnp.exe" reads "[U+202E]gnp.exe" and
 * cannot pose as "exe.png". API text is untrusted; every lenient text schema passes through this.
 */
function revealBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (char) => `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}]`);
}

function toText(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : revealBidiControls(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A string, or a number written as one; empty strings and other types become `null`. */
export const lenientText = z.transform(toText);

/** A number, or a numeric string such as "0"; anything else becomes `null`. */
export const lenientNumber = z.transform(toNumber);

/**
 * The Unix seconds a CRM record can carry: from 2000-01-01 to 2100-01-01. Anything outside (a value in
 * milliseconds, a negative or a runaway number) is a broken record, read as missing rather than drawn as a date
 * that the browser cannot even format.
 */
const SANE_EPOCH_SECONDS = { min: 946_684_800, max: 4_102_444_800 } as const;

/** The longest duration the API may report in seconds (ten years); a longer one is read as missing. */
const SANE_DURATION_SECONDS = 10 * 366 * 24 * 60 * 60;

/** Unix seconds as epoch milliseconds, or `null` when missing, zero ("not set") or outside the sane range. */
function toSaneEpochMs(value: unknown): EpochMs | null {
  const seconds = toNumber(value);
  if (seconds === null || seconds < SANE_EPOCH_SECONDS.min || seconds > SANE_EPOCH_SECONDS.max) return null;
  return secondsToEpochMs(Math.floor(seconds));
}

/** Unix seconds (number or numeric string) as epoch milliseconds; missing, 0 or out of range becomes `null`. */
export const lenientEpochMs = z.transform(toSaneEpochMs);

/** A duration in seconds from zero to ten years; anything else (negative, runaway, not a number) is `null`. */
export const lenientDurationSeconds = z.transform((value: unknown) => {
  const seconds = toNumber(value);
  return seconds === null || seconds < 0 || seconds > SANE_DURATION_SECONDS ? null : seconds;
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
