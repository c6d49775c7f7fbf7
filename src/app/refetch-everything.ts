import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';

/** Starts every query of the page again, so a change behind the API (a demo scenario, a reset) shows at once. */
export function useRefetchEverything(): () => Promise<void> {
  const queryClient = useQueryClient();
  const router = useRouter();
  return async () => {
    queryClient.removeQueries({ type: 'inactive' });
    await queryClient.resetQueries();
    await router.invalidate();
  };
}
