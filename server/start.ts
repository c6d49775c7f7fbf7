// `npm start`: checks the settings, then serves dist/ with the /api/v4 proxy.
import { resolve } from 'node:path';
import { startAppServer } from './app-server';
import { readServerSettings, SettingsError } from './settings';

async function main(): Promise<void> {
  const settings = readServerSettings(process.env);
  if (process.argv.includes('--check')) return;
  const server = await startAppServer({
    ...settings,
    distDir: resolve(import.meta.dirname, '..', 'dist'),
    log: (line) => console.log(line),
  });
  console.log(`Incoming leads triage on ${server.url}/inbox (account ${settings.accountUrl})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function describeStartError(error: unknown): string {
  if (error instanceof SettingsError) return error.message;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  if (code === 'EADDRINUSE') return `Port ${process.env.PORT || 8080} is already in use: set PORT to a free one`;
  if (code === 'EACCES') return `Port ${process.env.PORT || 8080} needs other rights: set PORT above 1023`;
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(describeStartError(error));
  process.exit(1);
});
