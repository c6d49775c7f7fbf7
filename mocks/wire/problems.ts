import { HttpResponse } from 'msw';

/** amoCRM error bodies (amocrm-api-facts.md §1.8). Clients compare the content type with `===`: no charset. */
export const PROBLEM_JSON = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  422: 'Unprocessable Entity',
  408: 'Request Timeout',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  504: 'Gateway Timeout',
};

export type ValidationCode = 'NotSupportedChoice' | 'InvalidType' | 'FieldNotExpected' | 'TooFew' | 'NotInRange';
export interface ValidationIssue {
  code: ValidationCode;
  path: string;
  detail: string;
}
export interface ItemIssues {
  request_id: string;
  errors: ValidationIssue[];
}

export const ISSUE_DETAILS: Record<ValidationCode, string> = {
  NotSupportedChoice: 'The value you selected is not a valid choice.',
  InvalidType: 'This value should be of type int.',
  FieldNotExpected: 'This field was not expected.',
  TooFew: 'This collection should contain 1 element or more.',
  NotInRange: 'This value is out of range.',
};

export function problemBody(status: number, detail: string): Record<string, unknown> {
  return { title: TITLES[status] ?? 'Error', type: `https://httpstatus.es/${status}`, status, detail };
}

function problemResponse(status: number, body: Record<string, unknown>): Response {
  return HttpResponse.json(body, { status, headers: { 'Content-Type': PROBLEM_JSON } });
}

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}): Response {
  return problemResponse(status, { ...problemBody(status, detail), ...extra });
}

export function validationProblem(items: ItemIssues[]): Response {
  return problemResponse(400, { 'validation-errors': items, ...problemBody(400, 'Request validation failed') });
}

/** One issue on a request that has no batch (accept, link, a single lead): amoCRM still keys it as item "0". */
export function singleIssue(code: ValidationCode, path: string, detail = ISSUE_DETAILS[code]): Response {
  return validationProblem([{ request_id: '0', errors: [{ code, path, detail }] }]);
}

export const UNAUTHORIZED_DETAILS = { ru: 'Неверный логин или пароль', en: 'Invalid login or password' } as const;

export function unauthorized(locale: 'ru' | 'en'): Response {
  return problem(401, UNAUTHORIZED_DETAILS[locale]);
}

export function forbidden(detail = 'Access denied'): Response {
  return problem(403, detail);
}

export function notFound(method: string, path: string): Response {
  return problem(404, `Cannot ${method} ${path}`);
}

export function methodNotAllowed(method: string, path: string): Response {
  return problem(405, `Method ${method} is not allowed for ${path}`);
}

/** Two shapes seen in the wild: the 2020 one on this very endpoint, and the one Kommo documents today. */
export function serverError(shape: 'legacy' | 'kommo', traceId: string): Response {
  if (shape === 'legacy') return problem(500, 'An unknown error occurred.');
  return problemResponse(500, {
    title: 'ErrInternalServer',
    status: 500,
    detail: 'Internal server error',
    trace_id: traceId,
  });
}

/** Gateway pages are nginx HTML, not JSON: that is what clients meet when blocked or throttled at the edge. */
export function gatewayPage(status: 403 | 429): Response {
  const title = `${status} ${TITLES[status]}`;
  const html = [
    '<html>',
    `<head><title>${title}</title></head>`,
    '<body>',
    `<center><h1>${title}</h1></center>`,
    '<hr><center>nginx</center>',
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
  return HttpResponse.text(html, { status, headers: { 'Content-Type': 'text/html' } });
}

/** The documented 429 carries `retry_after` in the body; there is never a Retry-After header. */
export function tooManyRequests(body: 'problem' | 'html'): Response {
  if (body === 'html') return gatewayPage(429);
  return problem(429, 'Rate limit exceeded', { retry_after: 300 });
}
