// Starts real processes for the live-mode journeys: the standalone emulator standing in for an amoCRM account, and
// `npm start` in front of it. Ports are picked free at run time, and every process group is stopped afterwards.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Started {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The environment of a fresh shell: nothing of the test runner's own settings leaks into the server. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'npm_config_cache', 'CI']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...extra };
}

/** Runs an npm script in its own process group, so stopping it also stops the shells and tsx under it. */
export function runScript(script: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn('npm', ['run', '--silent', script], {
    cwd: root,
    env: cleanEnv(env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { child, output: () => text };
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return Promise.resolve();
  }
  const timer = setTimeout(() => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }, 5_000);
  return exited.finally(() => clearTimeout(timer));
}

/** Every started process, stopped even when the run is interrupted. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }
});

async function waitForOk(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped before it was ready:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output()}`);
}

export async function startScript(
  script: string,
  env: Record<string, string>,
  readyUrl: string,
  timeoutMs = 120_000,
): Promise<Started> {
  const { child, output } = runScript(script, env);
  running.add(child);
  const stop = async () => {
    await stopGroup(child);
    running.delete(child);
  };
  try {
    await waitForOk(readyUrl, child, output, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: new URL('.', readyUrl).origin, output, stop };
}

/** Runs an npm script to its end, for commands that are expected to stop by themselves. */
export function runToEnd(script: string, env: Record<string, string>, timeoutMs = 60_000) {
  const { child, output } = runScript(script, env);
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stopGroup(child);
      reject(new Error(`npm run ${script} did not stop within ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output: output() });
    });
  });
}
