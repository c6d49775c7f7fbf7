import { formatError } from '@/lib/error-message';
import type { TriageFailureReason, TriageKind } from './triage-action';

/**
 * One English sentence for a failure, kept with the action for logs and for versions that stored no reason. What
 * the manager reads is worded by the interface from the reason, in the language of the moment.
 */
export function failureLogText(kind: TriageKind, reason: TriageFailureReason): string {
  switch (reason.code) {
    case 'error':
      return formatError(reason.error, 'en');
    case 'no-right':
      return `You don't have the right to ${kind} incoming leads in amoCRM.`;
    case 'refused':
      return `amoCRM refused to ${kind} it (${reason.details}).`;
  }
}
