export type ScenarioName =
  | 'slow'
  | 'flaky'
  | 'rate-limited'
  | 'expired-token'
  | 'server-error'
  | 'network-failure'
  | 'empty-account'
  | 'manager'
  | 'busy-team';

/** Named ways the API can misbehave, picked with `?scenario=` in the demo or EMULATOR_SCENARIO on the server. */
export const SCENARIO_NAMES: readonly ScenarioName[] = [
  'slow',
  'flaky',
  'rate-limited',
  'expired-token',
  'server-error',
  'network-failure',
  'empty-account',
  'manager',
  'busy-team',
];

export function isScenarioName(value: unknown): value is ScenarioName {
  return SCENARIO_NAMES.includes(value as ScenarioName);
}
