import { HttpResponse } from 'msw';
import type { EmulatorState } from '../emulator-state';
import { serverError } from '../wire/problems';

const FLAKY_FAILURE_RATE = 0.3;

/** The token used when a request has none: the proxy's token, swapped by the token scenarios. */
export function impliedToken(state: EmulatorState): string | null {
  if (state.impliedToken === null) return null;
  if (state.scenario === 'expired-token') return 'demo-expired-token';
  if (state.scenario === 'manager') return 'demo-manager-token';
  return state.impliedToken;
}

export function requestsPerSecond(state: EmulatorState): number {
  return state.scenario === 'rate-limited' ? 1 : state.quirks.rateLimitPerSecond;
}

export function traceId(): string {
  return crypto.randomUUID();
}

export async function waitLikeTheNetwork(state: EmulatorState): Promise<void> {
  const slowExtra = state.scenario === 'slow' ? 1500 + Math.floor(state.chaos.next() * 1000) : 0;
  const total = state.latencyMs + slowExtra;
  if (total > 0) await state.wait(total);
}

/** A response that replaces the real one before auth is even checked, or null to carry on. */
export function scenarioFailure(state: EmulatorState): Response | null {
  switch (state.scenario) {
    case 'network-failure':
      return HttpResponse.error();
    case 'server-error':
      return serverError(state.quirks.serverErrorShape, traceId());
    case 'flaky': {
      if (!state.chaos.chance(FLAKY_FAILURE_RATE)) return null;
      return state.chaos.chance(0.35) ? HttpResponse.error() : serverError(state.quirks.serverErrorShape, traceId());
    }
    default:
      return null;
  }
}
