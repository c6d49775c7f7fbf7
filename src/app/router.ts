import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import type { ApiClient } from '@/lib/http';
import { routeTree } from '@/routeTree.gen';
import type { AppConfig } from './config';
import type { DemoControls } from './demo-controls';

export interface RouterContext {
  queryClient: QueryClient;
  api: ApiClient;
  config: AppConfig;
  /** The demo's emulator controls; only demo builds have them. */
  demo?: DemoControls;
}

export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context,
    basepath: context.config.basePath ?? '/',
    defaultPreload: 'intent',
    // Loaders only prime the query cache; TanStack Query decides freshness.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    ...(history ? { history } : {}),
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
