import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { classifyTriageError } from '@/triage/triage-errors';
import { formatTriageFailure } from './triage-text';

describe('wording a failure', () => {
  it('words the reason the domain keeps as data in the language of the moment', () => {
    const result = classifyTriageError(
      'decline',
      new ApiError({ kind: 'http', status: 403, title: 'Forbidden', detail: '' }),
    );
    const failure = result.type === 'failed' ? result.failure : undefined;
    expect(formatTriageFailure('decline', failure, 'ru')).toBe(
      'У вас нет прав отклонять неразобранные заявки в amoCRM.',
    );
    expect(formatTriageFailure('decline', failure, 'en')).toBe(
      "You don't have the right to decline incoming leads in amoCRM.",
    );
  });
});
