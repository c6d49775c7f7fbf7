export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

export interface ValidationIssue {
  code: string;
  path: string;
  detail: string;
}

/** Problems with one item of a submitted batch, keyed by the `request_id` the item was sent with. */
export interface ValidationError {
  requestId: string;
  errors: ValidationIssue[];
}

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  title: string;
  detail: string;
  validationErrors?: ValidationError[];
  retryAfter?: number | null;
  requestId?: string | null;
  traceId?: string | null;
  cause?: unknown;
}

/** The single error value every API call rejects with (except aborts, which stay AbortErrors). */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when the server was never reached or the body could not be used. */
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly validationErrors: ValidationError[];
  /** Seconds the server asked to wait before the next request, when it said so. */
  readonly retryAfter: number | null;
  /** The `X-Request-Id` response header, for support requests. */
  readonly requestId: string | null;
  readonly traceId: string | null;

  constructor(init: ApiErrorInit) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.validationErrors = init.validationErrors ?? [];
    this.retryAfter = init.retryAfter ?? null;
    this.requestId = init.requestId ?? null;
    this.traceId = init.traceId ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True for an HTTP error with the given status, e.g. `hasApiStatus(error, 403)`. */
export function hasApiStatus(error: unknown, status: number): error is ApiError {
  return isApiError(error) && error.kind === 'http' && error.status === status;
}

export function isRateLimitError(error: unknown): error is ApiError {
  return hasApiStatus(error, 429);
}

/** Matches by name, because an AbortError may come from another realm (a test DOM, a fetch polyfill). */
export function isAbortError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : null;
  return name === 'AbortError' || name === 'TimeoutError';
}

export function networkError(cause: unknown): ApiError {
  return new ApiError({
    kind: 'network',
    status: 0,
    title: 'Network error',
    detail: 'The server could not be reached. Check the connection and try again.',
    cause,
  });
}

export function invalidResponseError(detail: string, options: { status?: number; cause?: unknown } = {}): ApiError {
  return new ApiError({
    kind: 'invalid-response',
    status: options.status ?? 0,
    title: 'Unexpected response',
    detail,
    cause: options.cause,
  });
}
