import * as z from 'zod/mini';
import { invalidResponseError } from './api-error';

const MAX_ISSUES = 3;
const MAX_INPUT_LENGTH = 40;

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  const text = JSON.stringify(input) ?? String(input);
  return text.length > MAX_INPUT_LENGTH ? `${text.slice(0, MAX_INPUT_LENGTH)}…` : text;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'body';
  const got = `got ${describeInput(issue.input)}`;
  switch (issue.code) {
    case 'invalid_value':
      return `${where}: expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, ${got}`;
    case 'invalid_type':
      return `${where}: expected ${issue.expected}, ${got}`;
    case 'custom':
      return `${where}: ${issue.message}, ${got}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

/**
 * Parses a response body with its schema. A body of the wrong shape becomes an `invalid-response` ApiError that
 * names the offending fields, so it surfaces as an ordinary query error instead of a crash in a component.
 */
export function parseResponse<Schema extends z.core.$ZodType>(
  schema: Schema,
  body: unknown,
  what: string,
): z.output<Schema> {
  const result = z.safeParse(schema, body, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, MAX_ISSUES).map(describeIssue).join('; ');
  throw invalidResponseError(`The ${what} response has an unexpected shape: ${issues}.`, { cause: result.error });
}
