import { describe, expect, it } from 'vitest';
import { ApiError, networkError } from './api-error';
import { errorMessage } from './error-message';

const http = (status: number, extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({ kind: 'http', status, title: 'Title', detail: 'Detail', ...extra });

describe('errorMessage', () => {
  it('puts the common failures in plain words instead of amoCRM detail text', () => {
    expect(errorMessage(http(401, { detail: 'Неверный логин или пароль' }), 'en')).toMatch(/rejected the access token/);
    expect(errorMessage(http(403), 'en')).toBe('You do not have the right to do this in amoCRM.');
    expect(errorMessage(http(403, { title: 'API access blocked' }), 'en')).toMatch(/blocked API access/);
    expect(errorMessage(http(429, { retryAfter: 300 }), 'en')).toBe('amoCRM is limiting requests; try again in 300 s.');
    expect(errorMessage(http(502), 'en')).toBe('amoCRM answered with a server error (502). Try again.');
    expect(errorMessage(networkError(new TypeError('fetch failed')), 'en')).toMatch(/could not be reached/);
  });

  it("keeps amoCRM's own detail for other client errors", () => {
    expect(errorMessage(http(400, { detail: 'Request validation failed' }), 'en')).toBe('Request validation failed');
  });

  it('falls back to the message of an ordinary error', () => {
    expect(errorMessage(new Error('Boom'), 'en')).toBe('Boom');
    expect(errorMessage('nope', 'en')).toBe('Something unexpected happened.');
  });
});

describe('errorMessage in Russian', () => {
  it('says the same in Russian, and translates the sentence the client filled in for a bare status', () => {
    expect(errorMessage(http(401), 'ru')).toBe('amoCRM отклонил ключ доступа: сессия истекла или ключ отозван.');
    expect(errorMessage(http(429, { retryAfter: 300 }), 'ru')).toBe(
      'amoCRM ограничивает частоту запросов; повторите через 300 с.',
    );
    expect(errorMessage(networkError(new TypeError('fetch failed')), 'ru')).toMatch(/^Не удалось связаться/);
    expect(errorMessage(http(404, { detail: 'The requested address does not exist.' }), 'ru')).toBe(
      'Запрошенный адрес не существует.',
    );
    expect(errorMessage(http(404, { detail: 'The requested address does not exist.' }), 'en')).toBe(
      'The requested address does not exist.',
    );
  });

  it("keeps amoCRM's own words as they came", () => {
    expect(errorMessage(http(400, { detail: 'Request validation failed' }), 'ru')).toBe('Request validation failed');
  });
});
