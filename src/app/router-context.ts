import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/http';
import type { AppConfig } from './config';
import type { DemoControls } from './demo-controls';

/** What every route reads from the router; its own module, as the root route reading it from router.ts would loop through the route tree. */
export interface RouterContext {
  queryClient: QueryClient;
  api: ApiClient;
  config: AppConfig;
  /** The demo's emulator controls; only demo builds have them. */
  demo?: DemoControls;
}
