import { ISSUE_DETAILS, problem, type ValidationCode, type ValidationIssue } from './problems';

/** Collects amoCRM-style validation issues with dot paths into the submitted item (amocrm-api-facts.md §1.8). */
export class Issues {
  readonly list: ValidationIssue[] = [];

  add(code: ValidationCode, path: string, detail: string = ISSUE_DETAILS[code]): void {
    this.list.push({ code, path, detail });
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }
}

export const joinPath = (base: string, key: string | number): string => (base === '' ? String(key) : `${base}.${key}`);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectInt(issues: Issues, value: unknown, path: string): value is number {
  if (Number.isInteger(value)) return true;
  issues.add('InvalidType', path, 'This value should be of type int.');
  return false;
}

/**
 * The Unix seconds a record may carry (2000-01-01 to 2100-01-01) and the longest call (a day). amoCRM's own
 * bounds are not documented; these refuse what no client means to send (milliseconds for seconds, a runaway
 * value) so no later reader has to draw an impossible date.
 */
export const TIMESTAMP_RANGE = { min: 946_684_800, max: 4_102_444_800 } as const;
export const DURATION_RANGE = { min: 0, max: 86_400 } as const;

/** An int (or numeric string) inside `range`; outside it is a `NotInRange` issue on `path`. */
export function expectInRange(
  issues: Issues,
  value: unknown,
  range: { min: number; max: number },
  path: string,
): boolean {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || (number >= range.min && number <= range.max)) return true;
  issues.add('NotInRange', path, `This value should be between ${range.min} and ${range.max}.`);
  return false;
}

export function expectString(issues: Issues, value: unknown, path: string): value is string {
  if (typeof value === 'string') return true;
  issues.add('InvalidType', path, 'This value should be of type string.');
  return false;
}

/** amoCRM's validator calls JSON objects and arrays alike "array". */
export function expectObject(issues: Issues, value: unknown, path: string): value is Record<string, unknown> {
  if (isRecord(value)) return true;
  issues.add('InvalidType', path, 'This value should be of type array.');
  return false;
}

export function expectList(issues: Issues, value: unknown, path: string): value is unknown[] {
  if (Array.isArray(value)) return true;
  issues.add('InvalidType', path, 'This value should be of type array.');
  return false;
}

export function rejectUnknownKeys(
  issues: Issues,
  value: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) issues.add('FieldNotExpected', joinPath(path, key));
  }
}

/** Reads a JSON body; an empty body is `undefined`, broken JSON is the plain 400 amoCRM gives. */
export async function readJson(request: Request): Promise<{ body: unknown } | Response> {
  const text = await request.text();
  if (text.trim() === '') return { body: undefined };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return problem(400, 'Request body is not valid JSON');
  }
}
