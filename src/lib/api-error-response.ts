import { ApiError, type ValidationError, type ValidationIssue } from './api-error';

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const STATUS_DETAILS: Record<number, string> = {
  400: 'The server rejected the request.',
  401: 'The access token is missing, invalid or expired.',
  402: "The account's paid period has ended.",
  403: "The user's rights do not allow this request.",
  404: 'The requested address does not exist.',
  405: 'The server does not allow this method here.',
  422: 'The request is too large to process.',
  429: 'The API allows only a few requests per second. Wait a moment and try again.',
  500: 'The server failed to process the request.',
  502: 'The server is unreachable behind its gateway.',
  503: 'The server is temporarily unavailable.',
  504: 'The server took too long to answer. Try again with fewer items.',
};

type JsonObject = Record<string, unknown>;

function statusTitle(status: number): string {
  return STATUS_TITLES[status] ?? (status >= 500 ? 'Server error' : 'Request failed');
}

const BLOCKED_DETAIL =
  "The account's API access is blocked, usually after too many requests. It stays blocked until the block is lifted.";

/** The sentence the client puts in `detail` when amoCRM sent none for this status. */
export function statusDetail(status: number): string {
  return STATUS_DETAILS[status] ?? `The server answered with status ${status}.`;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function asSeconds(value: unknown): number | null {
  const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/** `Retry-After` may hold seconds or an HTTP date. */
function retryAfterHeader(value: string | null, now: number): number | null {
  if (value === null) return null;
  const seconds = asSeconds(value);
  if (seconds !== null) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

function readJsonObject(text: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
  } catch {
    return null;
  }
}

function toIssue(value: unknown): ValidationIssue {
  const issue = typeof value === 'object' && value !== null ? (value as JsonObject) : {};
  return { code: asText(issue.code) ?? '', path: asText(issue.path) ?? '', detail: asText(issue.detail) ?? '' };
}

function toValidationErrors(value: unknown): ValidationError[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry: unknown) => {
    const item = typeof entry === 'object' && entry !== null ? (entry as JsonObject) : {};
    return {
      requestId: asText(item.request_id) ?? '',
      errors: Array.isArray(item.errors) ? item.errors.map(toIssue) : [],
    };
  });
}

/** Titles such as "ErrInternalServer" are codes, not words: show the status phrase instead. */
function readableTitle(title: string | null, status: number): string {
  return title === null || /^Err[A-Z]/.test(title) ? statusTitle(status) : title;
}

/**
 * Builds an ApiError from a failed response: problem+json bodies, the bare `{title, status, detail, trace_id}`
 * shape, HTML pages from a gateway and empty bodies. Raw non-JSON bodies never reach `detail`.
 */
export async function apiErrorFromResponse(response: Response, now: number = Date.now()): Promise<ApiError> {
  const { status, headers } = response;
  const text = await response.text().catch(() => '');
  const body = readJsonObject(text);
  // A 403 that is a page rather than problem+json comes from the gateway's block, not from the user's rights.
  const isBlockPage = status === 403 && body === null && text.trim() !== '';
  const headerRetryAfter = retryAfterHeader(headers.get('Retry-After'), now);
  return new ApiError({
    kind: 'http',
    status,
    title: isBlockPage ? 'API access blocked' : readableTitle(asText(body?.title), status),
    detail: isBlockPage ? BLOCKED_DETAIL : (asText(body?.detail) ?? statusDetail(status)),
    validationErrors: toValidationErrors(body?.['validation-errors']),
    retryAfter: asSeconds(body?.retry_after) ?? headerRetryAfter,
    requestId: headers.get('X-Request-Id'),
    traceId: asText(body?.trace_id),
  });
}
