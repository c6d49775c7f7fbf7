// `npm start`: checks the settings, then serves dist/ with the /api/v4 proxy.
import { resolve } from 'node:path';
import { startAppServer } from './app-server';
import { readServerSettings, SettingsError } from './settings';

async function main(): Promise<void> {
  const settings = readServerSettings(process.env);
  if (process.argv.includes('--check')) return;
  const server = await startAppServer({ ...settings, distDir: resolve(import.meta.dirname, '..', 'dist') });
  console.log(`Incoming leads triage on ${server.url}/inbox (account ${settings.accountUrl})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof SettingsError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
