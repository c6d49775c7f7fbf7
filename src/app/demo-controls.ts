import { useSyncExternalStore } from 'react';

/** Ways the demo's emulated amoCRM can behave besides normally; the emulator knows them by the same names. */
export const DEMO_SCENARIOS = [
  'busy-team',
  'slow',
  'flaky',
  'rate-limited',
  'expired-token',
  'empty-account',
  'server-error',
  'network-failure',
  'manager',
] as const;
export type DemoScenario = (typeof DEMO_SCENARIOS)[number];

/**
 * The demo's handle on its in-browser emulator. main.tsx passes it in (the app never imports the emulator);
 * live builds have none.
 */
export interface DemoControls {
  /** The scenario in play; `null` is an account that behaves normally. */
  readonly scenario: string | null;
  setScenario(name: DemoScenario | null): void;
  /** Restores the seeded account, keeping the scenario. */
  reset(): void;
  subscribe(listener: () => void): () => void;
}

export function isDemoScenario(value: unknown): value is DemoScenario {
  return (DEMO_SCENARIOS as readonly unknown[]).includes(value);
}

const NO_DEMO = () => () => {};

/** The scenario in play, re-rendering when the menu changes it; `null` when normal or not a demo. */
export function useDemoScenario(demo: DemoControls | undefined): DemoScenario | null {
  const read = () => {
    const scenario = demo?.scenario ?? null;
    return isDemoScenario(scenario) ? scenario : null;
  };
  return useSyncExternalStore(demo?.subscribe ?? NO_DEMO, read, read);
}
