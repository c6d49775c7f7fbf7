import type { EmulatorOptions } from '../emulator-state';
import type { Quirks } from '../scenarios/quirks';
import { isScenarioName } from '../scenarios/scenario-names';

/** Options of the standalone server, read from CLI flags first, then environment variables. */
export interface ServerOptions extends EmulatorOptions {
  port: number;
  host: string;
}

function flag(argv: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  return argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function readQuirks(text: string | undefined): Partial<Quirks> {
  if (!text) return {};
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('EMULATOR_QUIRKS must be a JSON object, e.g. {"locale":"en"}');
  }
  return parsed as Partial<Quirks>;
}

export function readServerOptions(argv: readonly string[], env: Record<string, string | undefined>): ServerOptions {
  const scenario = flag(argv, 'scenario') ?? env.EMULATOR_SCENARIO;
  if (scenario !== undefined && scenario !== '' && !isScenarioName(scenario))
    throw new Error(`Unknown scenario "${scenario}"`);
  const size = flag(argv, 'size') ?? env.EMULATOR_SIZE ?? 'demo';
  if (size !== 'demo' && size !== 'load') throw new Error(`EMULATOR_SIZE must be demo or load, not "${size}"`);
  const port = Number(flag(argv, 'port') ?? env.PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port "${port}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    size,
    scenario: isScenarioName(scenario) ? scenario : null,
    latencyMs: Number(env.EMULATOR_LATENCY_MS ?? 0) || 0,
    quirks: readQuirks(env.EMULATOR_QUIRKS),
  };
}
