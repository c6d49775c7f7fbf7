import { describe, expect, it } from 'vitest';
import { jsonResponse, textResponse } from '../../tests/support/fake-fetch';
import { apiErrorFromResponse } from './api-error-response';

const problem = (status: number, title: string, detail: string, extra: Record<string, unknown> = {}) =>
  jsonResponse({ title, type: `https://httpstatus.es/${status}`, status, detail, ...extra }, status, {
    'X-Request-Id': 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
  });

const NGINX_403 =
  '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>';

describe('apiErrorFromResponse', () => {
  it('reads a 400 with validation errors per submitted item', async () => {
    const error = await apiErrorFromResponse(
      problem(400, 'Bad Request', 'Request validation failed', {
        'validation-errors': [
          {
            request_id: '0',
            errors: [
              {
                code: 'NotSupportedChoice',
                path: 'status_id',
                detail: 'The value you selected is not a valid choice.',
              },
            ],
          },
        ],
      }),
    );
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      title: 'Bad Request',
      detail: 'Request validation failed',
      requestId: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
      retryAfter: null,
      traceId: null,
      validationErrors: [
        {
          requestId: '0',
          errors: [
            { code: 'NotSupportedChoice', path: 'status_id', detail: 'The value you selected is not a valid choice.' },
          ],
        },
      ],
    });
  });

  it('reads a plain 400 without validation errors', async () => {
    const error = await apiErrorFromResponse(problem(400, 'Bad Request', 'Request data must not be empty'));
    expect(error.detail).toBe('Request data must not be empty');
    expect(error.validationErrors).toEqual([]);
  });

  it('keeps the localized detail of a 401', async () => {
    const error = await apiErrorFromResponse(problem(401, 'Unauthorized', 'Неверный логин или пароль'));
    expect(error).toMatchObject({ status: 401, title: 'Unauthorized', detail: 'Неверный логин или пароль' });
    expect(error.message).toBe('Unauthorized: Неверный логин или пароль');
  });

  it('reads 402, 404, 405 and 422 problems as sent', async () => {
    const cases = [
      problem(402, 'Payment Required', 'Payment required'),
      problem(404, 'Not Found', 'Cannot GET /api/v4/leads/unsorted/filter'),
      problem(405, 'Method Not Allowed', 'Method Not Allowed'),
      problem(422, 'Unprocessable Entity', 'Limit of 250 per page'),
    ];
    const errors = await Promise.all(cases.map((response) => apiErrorFromResponse(response)));
    expect(errors.map(({ status, title, detail }) => ({ status, title, detail }))).toEqual([
      { status: 402, title: 'Payment Required', detail: 'Payment required' },
      { status: 404, title: 'Not Found', detail: 'Cannot GET /api/v4/leads/unsorted/filter' },
      { status: 405, title: 'Method Not Allowed', detail: 'Method Not Allowed' },
      { status: 422, title: 'Unprocessable Entity', detail: 'Limit of 250 per page' },
    ]);
  });

  it('tells a JSON 403 (missing rights) from an HTML 403 (blocked account)', async () => {
    const rights = await apiErrorFromResponse(problem(403, 'Forbidden', 'Insufficient rights'));
    expect(rights).toMatchObject({ status: 403, title: 'Forbidden', detail: 'Insufficient rights' });

    const blocked = await apiErrorFromResponse(textResponse(NGINX_403, 403));
    expect(blocked).toMatchObject({ kind: 'http', status: 403, title: 'API access blocked' });
    expect(blocked.detail).toMatch(/^The account's API access is blocked/);
    expect(blocked.detail).not.toMatch(/[<>]|nginx/);
  });

  it('reads retry_after from a JSON 429 body', async () => {
    const error = await apiErrorFromResponse(
      problem(429, 'Too Many Requests', 'Too many requests', { retry_after: 300 }),
    );
    expect(error).toMatchObject({ status: 429, title: 'Too Many Requests', retryAfter: 300 });
  });

  it('describes an HTML 429 without a Retry-After header in words', async () => {
    const error = await apiErrorFromResponse(textResponse('<html><body>Too Many Requests</body></html>', 429));
    expect(error).toMatchObject({ status: 429, title: 'Too Many Requests', retryAfter: null });
    expect(error.detail).toMatch(/few requests per second/);
  });

  it('reads a Retry-After header in seconds or as a date', async () => {
    const seconds = await apiErrorFromResponse(new Response('', { status: 429, headers: { 'Retry-After': '2' } }));
    expect(seconds.retryAfter).toBe(2);
    const now = Date.parse('2026-01-01T00:00:00Z');
    const date = new Response('', { status: 429, headers: { 'Retry-After': 'Thu, 01 Jan 2026 00:00:05 GMT' } });
    expect((await apiErrorFromResponse(date, now)).retryAfter).toBe(5);
  });

  it('reads the legacy 500 and the Kommo 500 with a trace id', async () => {
    const legacy = await apiErrorFromResponse(problem(500, 'Internal Server Error', 'An unknown error occurred.'));
    expect(legacy).toMatchObject({ status: 500, title: 'Internal Server Error', detail: 'An unknown error occurred.' });

    const kommo = await apiErrorFromResponse(
      jsonResponse(
        { title: 'ErrInternalServer', status: 500, detail: 'Something went wrong', trace_id: '7f1c2b9a-0d4e' },
        500,
      ),
    );
    expect(kommo).toMatchObject({
      status: 500,
      title: 'Internal Server Error',
      detail: 'Something went wrong',
      traceId: '7f1c2b9a-0d4e',
    });
  });

  it('describes a 504 and an empty body in words', async () => {
    const timeout = await apiErrorFromResponse(textResponse('<html>504 Gateway Time-out</html>', 504));
    expect(timeout).toMatchObject({ status: 504, title: 'Gateway Timeout' });
    expect(timeout.detail).toMatch(/took too long/);

    const empty = await apiErrorFromResponse(new Response(null, { status: 502 }));
    expect(empty).toMatchObject({
      status: 502,
      title: 'Bad Gateway',
      detail: 'The server is unreachable behind its gateway.',
    });

    const unknown = await apiErrorFromResponse(new Response('', { status: 418 }));
    expect(unknown).toMatchObject({ title: 'Request failed', detail: 'The server answered with status 418.' });
  });
});
