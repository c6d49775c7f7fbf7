// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { call, wire } from '../../tests/support/contract-api';
import { createManualClock } from '../../tests/support/manual-clock';
import { createEmulator, type Emulator } from '../emulator';
import { server } from '../runtimes/node';
import type { Quirks } from '../scenarios/quirks';

/** An emulator on a hand-driven clock: requests "within one second" need no real waiting. */
function emulatorAt(quirks: Partial<Quirks> = {}): { emulator: Emulator; tick(ms: number): Promise<void> } {
  const clock = createManualClock(Date.UTC(2026, 4, 25, 12));
  const emulator = createEmulator({ impliedToken: 'demo-admin-token', clock, quirks });
  server.use(...emulator.handlers);
  return { emulator, tick: (ms) => clock.advance(ms) };
}

async function burst(count: number, token?: string): Promise<Response[]> {
  const answers: Response[] = [];
  for (let i = 0; i < count; i++) answers.push(await call('/api/v4/leads/pipelines', { token }));
  return answers;
}

describe('rate limiting per token', () => {
  it('§8.29 answers the eighth request within a second with 429, retry_after in the body and no Retry-After', async () => {
    emulatorAt();

    const answers = await burst(8);

    expect(answers.slice(0, 7).map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    const limited = answers[7] as Response;
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBeNull();
    expect(limited.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await wire(limited)).toMatchObject({
      title: 'Too Many Requests',
      type: 'https://httpstatus.es/429',
      status: 429,
      retry_after: 300,
    });
  });

  it('§8.29 sends the 429 as an HTML page when that body is switched on', async () => {
    emulatorAt({ rateLimitBody: 'html' });

    const limited = (await burst(8))[7] as Response;

    expect(limited.status).toBe(429);
    expect(limited.headers.get('Content-Type')).toBe('text/html');
    expect(limited.headers.get('Retry-After')).toBeNull();
    expect(await limited.text()).toContain('<title>429 Too Many Requests</title>');
  });

  it('§8.29 blocks the token with an nginx 403 page after repeated 429s, until reset', async () => {
    const { emulator, tick } = emulatorAt({ blockAfter: 3 });
    await burst(7);
    const rejected = await burst(3);
    await tick(5_000);

    const blocked = await call('/api/v4/account');

    expect(rejected.map((r) => r.status)).toEqual([429, 429, 429]);
    expect(blocked.status).toBe(403);
    expect(blocked.headers.get('Content-Type')).toBe('text/html');
    expect(await blocked.text()).toContain('<center>nginx</center>');
    emulator.reset();
    expect((await call('/api/v4/account')).status).toBe(200);
  });

  it('lets requests through again once the second has passed', async () => {
    const { tick } = emulatorAt();
    await burst(7);

    await tick(1_000);

    expect((await burst(7)).every((r) => r.status === 200)).toBe(true);
  });

  it('counts every token separately', async () => {
    emulatorAt();
    await burst(7, 'demo-admin-token');

    const manager = await burst(7, 'demo-manager-token');
    const admin = await call('/api/v4/leads/pipelines', { token: 'demo-admin-token' });

    expect(manager.every((r) => r.status === 200)).toBe(true);
    expect(admin.status).toBe(429);
  });

  it('drops the limit to one request per second in the rate-limited scenario', async () => {
    const { emulator, tick } = emulatorAt();
    emulator.setScenario('rate-limited');

    const [first, second] = await burst(2);
    await tick(1_000);
    const third = await call('/api/v4/leads/pipelines');

    expect([first?.status, second?.status, third.status]).toEqual([200, 429, 200]);
  });
});
