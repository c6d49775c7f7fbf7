import { describe, expect, it } from 'vitest';
import { ApiError, networkError } from './api-error';
import { errorMessage } from './error-message';

const http = (status: number, extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({ kind: 'http', status, title: 'Title', detail: 'Detail', ...extra });

describe('errorMessage', () => {
  it('puts the common failures in plain words instead of amoCRM detail text', () => {
    expect(errorMessage(http(401, { detail: 'Неверный логин или пароль' }))).toMatch(/rejected the access token/);
    expect(errorMessage(http(403))).toBe('You do not have the right to do this in amoCRM.');
    expect(errorMessage(http(403, { title: 'API access blocked' }))).toMatch(/blocked API access/);
    expect(errorMessage(http(429, { retryAfter: 300 }))).toBe('amoCRM is limiting requests; try again in 300 s.');
    expect(errorMessage(http(502))).toBe('amoCRM answered with a server error (502). Try again.');
    expect(errorMessage(networkError(new TypeError('fetch failed')))).toMatch(/could not be reached/);
  });

  it("keeps amoCRM's own detail for other client errors", () => {
    expect(errorMessage(http(400, { detail: 'Request validation failed' }))).toBe('Request validation failed');
  });

  it('falls back to the message of an ordinary error', () => {
    expect(errorMessage(new Error('Boom'))).toBe('Boom');
    expect(errorMessage('nope')).toBe('Something unexpected happened.');
  });
});
