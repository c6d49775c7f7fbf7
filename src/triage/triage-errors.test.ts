import { describe, expect, it } from 'vitest';
import { ApiError, networkError } from '@/lib/api-error';
import { classifyTriageError, rateLimitWait } from './triage-errors';

const http = (status: number, extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({ kind: 'http', status, title: 'Error', detail: '', ...extra });

describe('classifyTriageError', () => {
  it('treats a 404 and amoCRM\'s "already sorted" 400 as handled by someone else', () => {
    expect(classifyTriageError('accept', http(404))).toEqual({ type: 'already-handled' });
    const sorted = http(400, { detail: 'Incoming lead has already been sorted' });
    expect(classifyTriageError('decline', sorted)).toEqual({ type: 'already-handled' });
  });

  it('keeps the action on a 401', () => {
    expect(classifyTriageError('accept', http(401))).toEqual({ type: 'session-expired' });
  });

  it('names the missing right on a 403', () => {
    expect(classifyTriageError('decline', http(403, { title: 'Forbidden' }))).toMatchObject({
      type: 'failed',
      failure: { message: "You don't have the right to decline incoming leads in amoCRM.", canRetry: false },
    });
  });

  it('keeps the reason as data, so the interface words it in its own language', () => {
    const result = classifyTriageError('decline', http(403, { title: 'Forbidden' }));
    expect(result).toMatchObject({ failure: { reason: { code: 'no-right' } } });
    const server = classifyTriageError('accept', http(502));
    expect(server).toMatchObject({ failure: { reason: { code: 'error', error: { code: 'server', status: 502 } } } });
  });

  it('waits at least 5 s and at most a minute after a 429', () => {
    expect(classifyTriageError('accept', http(429, { retryAfter: 300 }))).toEqual({
      type: 'rate-limited',
      waitMs: 60_000,
    });
    expect(rateLimitWait(null, { minMs: 5000, maxMs: 60_000 })).toBe(5000);
    expect(rateLimitWait(12, { minMs: 5000, maxMs: 60_000 })).toBe(12_000);
  });

  it('does not offer Retry for a validation error, and says which field', () => {
    const invalid = http(400, {
      detail: 'Request validation failed',
      validationErrors: [
        {
          requestId: '0',
          errors: [
            { code: 'NotSupportedChoice', path: 'status_id', detail: 'The value you selected is not a valid choice.' },
          ],
        },
      ],
    });
    expect(classifyTriageError('accept', invalid)).toMatchObject({
      type: 'failed',
      confirm: false,
      failure: { canRetry: false, message: expect.stringContaining('status_id') },
    });
  });

  it('offers Retry on server and network errors and checks the lead first', () => {
    expect(classifyTriageError('accept', http(500))).toMatchObject({
      type: 'failed',
      confirm: true,
      failure: { canRetry: true, message: 'amoCRM answered with a server error (500). Try again.' },
    });
    expect(classifyTriageError('accept', networkError(new TypeError('fetch failed')))).toMatchObject({
      type: 'failed',
      network: true,
      failure: { canRetry: true },
    });
  });
});
